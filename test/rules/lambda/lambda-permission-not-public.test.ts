import { CfnCondition, CfnParameter, Fn, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import { dutyCases } from '../../harness';

const code = lambda.Code.fromInline('exports.handler = async () => {}');
const fn = (stack: Stack) => new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_24_X, handler: 'index.handler', code });

dutyCases('lambda-permission-not-public', [
  {
    name: 'the L2 grants invocation to another account',
    build: (stack) => fn(stack).addPermission('Acct', { principal: new iam.AccountPrincipal('222222222222') }),
    path: 'Fn/Acct',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket notification grants S3 with SourceAccount and SourceArn',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'B');
      bucket.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.LambdaDestination(fn(stack)));
    },
    path: 'B/AllowBucketNotificationsToTestFn6E84344E',
    expect: 'configured',
  },
  {
    name: 'the L2 grants invocation to Principal "*"',
    build: (stack) => fn(stack).addPermission('Any', { principal: new iam.AnyPrincipal() }),
    path: 'Fn/Any',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 grants S3 without SourceAccount',
    build: (stack) =>
      fn(stack).addPermission('S3', { principal: new iam.ServicePrincipal('s3.amazonaws.com'), sourceArn: 'arn:aws:s3:::some-bucket' }),
    path: 'Fn/S3',
    expect: 'unconfigured',
  },
  {
    name: 'Principal "*" is confined to an organization',
    build: (stack) => fn(stack).addPermission('Org', { principal: new iam.AnyPrincipal(), organizationId: 'o-abc123' }),
    path: 'Fn/Org',
    expect: 'configured',
  },
  {
    name: 'an escape hatch adds SourceAccount to a public permission',
    build: (stack) => {
      const f = fn(stack);
      f.addPermission('Any', { principal: new iam.AnyPrincipal() });
      (f.node.findChild('Any') as lambda.CfnPermission).addPropertyOverride('SourceAccount', '111111111111');
    },
    path: 'Fn/Any',
    expect: 'configured',
  },
  {
    name: 'the permission only serves a public function URL (reported on the URL)',
    build: (stack) => fn(stack).addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE }),
    path: 'Fn/invoke-function-url',
    expect: 'not-applicable',
  },
  {
    name: 'the principal is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Principal');
      new lambda.CfnPermission(stack, 'Perm', {
        action: 'lambda:InvokeFunction',
        functionName: fn(stack).functionName,
        principal: p.valueAsString,
      });
    },
    path: 'Perm',
    expect: 'unknown',
  },
  {
    name: 'the principal "*" is confined by a conditional SourceAccount',
    build: (stack) => {
      const cond = new CfnCondition(stack, 'C', { expression: Fn.conditionEquals('a', 'b') });
      new lambda.CfnPermission(stack, 'Perm', {
        action: 'lambda:InvokeFunction',
        functionName: fn(stack).functionName,
        principal: '*',
        sourceAccount: Fn.conditionIf(cond.logicalId, '111111111111', Fn.ref('AWS::NoValue')).toString(),
      });
    },
    path: 'Perm',
    expect: 'unknown',
  },
  {
    name: 'Principal "*" is "confined" by a SourceArn that matches every ARN',
    build: (stack) => {
      fn(stack).addPermission('Any', { principal: new iam.AnyPrincipal(), sourceArn: 'arn:aws:*:*:*:*' });
    },
    path: 'Fn/Any',
    expect: 'unconfigured',
  },
]);
