import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { dutyCases } from '../../harness';
import { cfnTask, fargateTask, param } from './fixtures';

dutyCases('ecs-task-definition-no-secrets-in-environment', [
  { name: 'the L2 container has no environment', build: (stack) => fargateTask(stack), path: 'TD', expect: 'configured' },
  {
    name: 'the L2 container passes the password through secrets and only references in environment',
    build: (stack) => {
      const secret = new secretsmanager.Secret(stack, 'DbSecret');
      fargateTask(stack, {
        environment: { DB_HOST: 'db.internal', DB_SECRET_ARN: secret.secretArn, TOKEN_URL: 'https://auth/token', LOG_LEVEL: 'info' },
        secrets: { DB_PASSWORD: ecs.Secret.fromSecretsManager(secret, 'password') },
      });
    },
    path: 'TD',
    expect: 'configured',
  },
  {
    name: 'the L2 container puts AWS_SECRET_ACCESS_KEY in environment',
    build: (stack) => fargateTask(stack, { environment: { AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE', AWS_SECRET_ACCESS_KEY: 'not-a-real-key' } }),
    path: 'TD',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 container puts a secret value resolved at deploy into environment',
    build: (stack) => {
      const secret = new secretsmanager.Secret(stack, 'ApiSecret');
      fargateTask(stack, { environment: { STRIPE_API_KEY: secret.secretValue.unsafeUnwrap() } });
    },
    path: 'TD',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override moves the variable out of Environment',
    build: (stack) =>
      cfnTask(fargateTask(stack, { environment: { DB_PASSWORD: 'x' } })).addPropertyDeletionOverride('ContainerDefinitions.0.Environment'),
    path: 'TD',
    expect: 'configured',
  },
  {
    name: 'a variable name is a parameter',
    build: (stack) =>
      cfnTask(fargateTask(stack)).addPropertyOverride('ContainerDefinitions.0.Environment', [{ Name: param(stack), Value: 'v' }]),
    path: 'TD',
    expect: 'unknown',
  },
]);
