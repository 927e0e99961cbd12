import { Aws, CfnCondition, CfnParameter, Duration, Fn } from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { dutyCases } from '../../harness';

dutyCases('secretsmanager-secret-rotation-enabled', [
  {
    name: 'the L2 secret has a hosted rotation schedule',
    build: (stack) => new secretsmanager.Secret(stack, 'Secret').addRotationSchedule('Rotation', { hostedRotation: secretsmanager.HostedRotation.postgreSqlSingleUser() }),
    path: 'Secret',
    expect: 'configured',
  },
  {
    name: 'the L2 secret keeps its defaults (no rotation)',
    build: (stack) => new secretsmanager.Secret(stack, 'Secret'),
    path: 'Secret',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 rotation schedule targets an L1 secret',
    build: (stack) => {
      const secret = new secretsmanager.CfnSecret(stack, 'Raw', { generateSecretString: {} });
      new secretsmanager.CfnRotationSchedule(stack, 'Rotation', {
        secretId: secret.ref,
        rotationLambdaArn: 'arn:aws:lambda:us-east-1:111111111111:function:rotate',
        rotationRules: { automaticallyAfterDays: 30 },
      });
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the only rotation schedule targets another secret',
    build: (stack) => {
      new secretsmanager.Secret(stack, 'Secret');
      new secretsmanager.Secret(stack, 'Other').addRotationSchedule('Rotation', { hostedRotation: secretsmanager.HostedRotation.mysqlSingleUser(), automaticallyAfter: Duration.days(30) });
    },
    path: 'Secret',
    expect: 'unconfigured',
  },
  {
    name: 'the rotation rules depend on a condition',
    build: (stack) => {
      const rotate = new CfnCondition(stack, 'Rotate', { expression: Fn.conditionEquals(new CfnParameter(stack, 'Env').valueAsString, 'prod') });
      const secret = new secretsmanager.CfnSecret(stack, 'Raw', { generateSecretString: {} });
      new secretsmanager.CfnRotationSchedule(stack, 'Rotation', {
        secretId: secret.ref,
        rotationLambdaArn: 'arn:aws:lambda:us-east-1:111111111111:function:rotate',
        rotationRules: Fn.conditionIf(rotate.logicalId, { AutomaticallyAfterDays: 30 }, Aws.NO_VALUE),
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
