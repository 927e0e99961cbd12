import { CfnCondition, CfnParameter, Fn, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { dutyCases, synthWithChecks } from '../../harness';

const DUTY = 'lambda-function-no-credentials-in-environment';
const code = lambda.Code.fromInline('exports.handler = async () => {}');
const fn = (stack: Stack, environment?: Record<string, string>) =>
  new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code, environment });
const PLAIN = 'AKIAEXAMPLEVALUE0000';

dutyCases(DUTY, [
  { name: 'the L2 function has no environment', build: (stack) => fn(stack), path: 'Fn', expect: 'configured' },
  {
    name: 'the function is given the ARN of a secret it reads at run time',
    build: (stack) => {
      const secret = new secretsmanager.Secret(stack, 'Secret');
      secret.grantRead(fn(stack, { DB_SECRET_ARN: secret.secretArn, TABLE_NAME: 'orders' }));
    },
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'the function carries an API key and a partner access key in its environment',
    build: (stack) => fn(stack, { STRIPE_API_KEY: PLAIN, PARTNER_SECRET_ACCESS_KEY: 'x' }),
    path: 'Fn',
    expect: 'unconfigured',
  },
  {
    name: "the function carries a secret's value (unsafeUnwrap) as DB_PASSWORD",
    build: (stack) => fn(stack, { DB_PASSWORD: new secretsmanager.Secret(stack, 'Secret').secretValue.unsafeUnwrap() }),
    path: 'Fn',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override adds GITHUB_TOKEN to an L1 function',
    build: (stack) => (fn(stack).node.defaultChild as lambda.CfnFunction).addPropertyOverride('Environment.Variables.GITHUB_TOKEN', PLAIN),
    path: 'Fn',
    expect: 'unconfigured',
  },
  {
    name: 'the whole environment is chosen by a condition',
    build: (stack) => {
      const raw = fn(stack).node.defaultChild as lambda.CfnFunction;
      const flag = new CfnParameter(stack, 'Flag');
      const cond = new CfnCondition(stack, 'C', { expression: Fn.conditionEquals(flag.valueAsString, 'a') });
      raw.addPropertyOverride('Environment.Variables', Fn.conditionIf(cond.logicalId, { A: '1' }, { STRIPE_API_KEY: PLAIN }));
    },
    path: 'Fn',
    expect: 'unknown',
  },
  {
    name: 'neither environment a condition chooses holds a credential',
    build: (stack) => {
      const raw = fn(stack).node.defaultChild as lambda.CfnFunction;
      const flag = new CfnParameter(stack, 'Flag');
      const cond = new CfnCondition(stack, 'C', { expression: Fn.conditionEquals(flag.valueAsString, 'a') });
      raw.addPropertyOverride('Environment.Variables', Fn.conditionIf(cond.logicalId, { A: '1' }, { B: '2' }));
    },
    path: 'Fn',
    expect: 'configured',
  },
]);

test('the finding never quotes the value', () => {
  const { results } = synthWithChecks((stack) => fn(stack, { STRIPE_API_KEY: PLAIN }));
  expect(JSON.stringify(results)).not.toContain(PLAIN);
});
