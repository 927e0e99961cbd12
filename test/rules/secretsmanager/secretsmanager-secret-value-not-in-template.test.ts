import { CfnParameter, SecretValue } from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { dutyCases } from '../../harness';

dutyCases('secretsmanager-secret-value-not-in-template', [
  {
    name: 'the L2 secret keeps its default (generated value)',
    build: (stack) => new secretsmanager.Secret(stack, 'Secret'),
    path: 'Secret',
    expect: 'configured',
  },
  {
    name: 'the L2 secret generates a JSON password field',
    build: (stack) =>
      new secretsmanager.Secret(stack, 'Secret', {
        generateSecretString: { secretStringTemplate: JSON.stringify({ username: 'app' }), generateStringKey: 'password' },
      }),
    path: 'Secret',
    expect: 'configured',
  },
  {
    name: 'the L2 secret is given an unsafePlainText value',
    build: (stack) => new secretsmanager.Secret(stack, 'Secret', { secretStringValue: SecretValue.unsafePlainText('hunter2') }),
    path: 'Secret',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override replaces the literal with a generated value',
    build: (stack) => {
      const secret = new secretsmanager.Secret(stack, 'Secret', { secretStringValue: SecretValue.unsafePlainText('hunter2') });
      const cfn = secret.node.defaultChild as secretsmanager.CfnSecret;
      cfn.addPropertyDeletionOverride('SecretString');
      cfn.addPropertyOverride('GenerateSecretString', {});
    },
    path: 'Secret',
    expect: 'configured',
  },
  {
    name: 'the value comes from a template parameter',
    build: (stack) =>
      new secretsmanager.Secret(stack, 'Secret', {
        secretStringValue: SecretValue.cfnParameter(new CfnParameter(stack, 'ApiKey', { noEcho: true })),
      }),
    path: 'Secret',
    expect: 'unknown',
  },
]);
