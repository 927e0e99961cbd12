import { Aws, CfnCondition, CfnParameter, Duration, Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { dutyCases, dutyResult, synthWithChecks } from '../../harness';

dutyCases('secretsmanager-secret-rotation-enabled', [
  {
    name: 'the L2 secret has a hosted rotation schedule',
    build: (stack) =>
      new secretsmanager.Secret(stack, 'Secret').addRotationSchedule('Rotation', {
        hostedRotation: secretsmanager.HostedRotation.postgreSqlSingleUser(),
      }),
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
      new secretsmanager.Secret(stack, 'Other').addRotationSchedule('Rotation', {
        hostedRotation: secretsmanager.HostedRotation.mysqlSingleUser(),
        automaticallyAfter: Duration.days(30),
      });
    },
    path: 'Secret',
    expect: 'unconfigured',
  },
  {
    name: 'the schedule names the secret in one branch of a condition only',
    build: (stack) => {
      const rotate = new CfnCondition(stack, 'Rotate', {
        expression: Fn.conditionEquals(new CfnParameter(stack, 'Env').valueAsString, 'prod'),
      });
      const secret = new secretsmanager.CfnSecret(stack, 'Raw', { generateSecretString: {} });
      new secretsmanager.CfnRotationSchedule(stack, 'Rotation', {
        secretId: Fn.conditionIf(rotate.logicalId, secret.ref, 'arn:aws:secretsmanager:us-east-1:111111111111:secret:other').toString(),
        rotationLambdaArn: 'arn:aws:lambda:us-east-1:111111111111:function:rotate',
        rotationRules: { automaticallyAfterDays: 30 },
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
  {
    // A schedule counts with or without rules, as it does unconditioned: both branches of the condition pass.
    name: 'the rotation rules depend on a condition',
    build: (stack) => {
      const rotate = new CfnCondition(stack, 'Rotate', {
        expression: Fn.conditionEquals(new CfnParameter(stack, 'Env').valueAsString, 'prod'),
      });
      const secret = new secretsmanager.CfnSecret(stack, 'Raw', { generateSecretString: {} });
      new secretsmanager.CfnRotationSchedule(stack, 'Rotation', {
        secretId: secret.ref,
        rotationLambdaArn: 'arn:aws:lambda:us-east-1:111111111111:function:rotate',
        rotationRules: Fn.conditionIf(rotate.logicalId, { AutomaticallyAfterDays: 30 }, Aws.NO_VALUE),
      });
    },
    path: 'Raw',
    expect: 'configured',
  },
]);

describe('rotation scheduled through a secret target attachment', () => {
  it('is configured for a database secret rotated with addRotationSingleUser (the schedule names the attachment)', () => {
    const { results } = synthWithChecks((stack) => {
      const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 1, maxAzs: 2 });
      const db = new rds.DatabaseInstance(stack, 'Db', {
        engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }),
        vpc,
      });
      db.addRotationSingleUser();
    });
    expect(dutyResult(results, 'Db/Secret', 'secretsmanager-secret-rotation-enabled')?.outcome).toBe('configured');
  });
});
