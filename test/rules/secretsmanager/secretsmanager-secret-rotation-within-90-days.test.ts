import { CfnParameter, Duration, Fn } from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { conditionOn, dutyCases } from '../../harness';

const rotated = (stack: import('aws-cdk-lib').Stack, rules: secretsmanager.CfnRotationSchedule.RotationRulesProperty) => {
  const secret = new secretsmanager.CfnSecret(stack, 'Raw', { generateSecretString: {} });
  new secretsmanager.CfnRotationSchedule(stack, 'Rotation', {
    secretId: secret.ref,
    rotationLambdaArn: 'arn:aws:lambda:us-east-1:111111111111:function:rotate',
    rotationRules: rules,
  });
};

dutyCases('secretsmanager-secret-rotation-within-90-days', [
  {
    name: 'the L2 rotation schedule keeps its default (30 days)',
    build: (stack) =>
      new secretsmanager.Secret(stack, 'Secret').addRotationSchedule('Rotation', {
        hostedRotation: secretsmanager.HostedRotation.mysqlSingleUser(),
      }),
    path: 'Secret',
    expect: 'configured',
  },
  {
    name: 'the L2 secret has no rotation schedule',
    build: (stack) => new secretsmanager.Secret(stack, 'Secret'),
    path: 'Secret',
    expect: 'not-applicable',
  },
  {
    name: 'the L2 rotation schedule rotates every 120 days',
    build: (stack) =>
      new secretsmanager.Secret(stack, 'Secret').addRotationSchedule('Rotation', {
        hostedRotation: secretsmanager.HostedRotation.mysqlSingleUser(),
        automaticallyAfter: Duration.days(120),
      }),
    path: 'Secret',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 schedule sets AutomaticallyAfterDays 365',
    build: (stack) => rotated(stack, { automaticallyAfterDays: 365 }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 schedule rotates every 12 hours',
    build: (stack) => rotated(stack, { scheduleExpression: 'rate(12 hours)' }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'an L1 schedule uses a cron on the 1st and 15th of every month',
    build: (stack) => rotated(stack, { scheduleExpression: 'cron(0 16 1,15 * ? *)' }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'an L1 schedule uses a cron on January only',
    build: (stack) => rotated(stack, { scheduleExpression: 'cron(0 16 1 1 ? *)' }),
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'an escape-hatch override shortens the schedule to 60 days',
    build: (stack) => {
      const schedule = new secretsmanager.Secret(stack, 'Secret').addRotationSchedule('Rotation', {
        hostedRotation: secretsmanager.HostedRotation.mysqlSingleUser(),
        automaticallyAfter: Duration.days(120),
      });
      (schedule.node.defaultChild as secretsmanager.CfnRotationSchedule).addPropertyOverride(
        'RotationRules.ScheduleExpression',
        'rate(60 days)',
      );
    },
    path: 'Secret',
    expect: 'configured',
  },
  {
    name: 'the rotation interval is a parameter',
    build: (stack) => rotated(stack, { automaticallyAfterDays: new CfnParameter(stack, 'Days', { type: 'Number' }).valueAsNumber }),
    path: 'Raw',
    expect: 'unknown',
  },

  {
    name: 'a 120-day L1 rotation schedule targets the secret only when a condition holds',
    build: (stack) => {
      const secret = new secretsmanager.CfnSecret(stack, 'Raw', { generateSecretString: {} });
      new secretsmanager.CfnRotationSchedule(stack, 'Rotation', {
        secretId: Fn.conditionIf(conditionOn(stack), secret.ref, Fn.ref('AWS::NoValue')).toString(),
        rotationLambdaArn: 'arn:aws:lambda:us-east-1:111111111111:function:rotate',
        rotationRules: { automaticallyAfterDays: 120 },
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
