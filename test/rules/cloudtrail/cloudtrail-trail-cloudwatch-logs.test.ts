import { CfnParameter, Fn } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import { dutyCases } from '../../harness';

dutyCases('cloudtrail-trail-cloudwatch-logs', [
  {
    name: 'the L2 trail sends to CloudWatch Logs',
    build: (stack) => new cloudtrail.Trail(stack, 'Trail', { sendToCloudWatchLogs: true }),
    path: 'Trail',
    expect: 'configured',
  },
  {
    name: 'the L2 trail keeps its defaults (no CloudWatch Logs)',
    build: (stack) => new cloudtrail.Trail(stack, 'Trail'),
    path: 'Trail',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 trail names a log group but no role',
    build: (stack) =>
      new cloudtrail.CfnTrail(stack, 'Raw', {
        isLogging: true,
        s3BucketName: 'logs',
        cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:111111111111:log-group:trail:*',
      }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'escape-hatch overrides add the log group and role',
    build: (stack) => {
      const trail = new cloudtrail.Trail(stack, 'Trail');
      const cfn = trail.node.defaultChild as cloudtrail.CfnTrail;
      cfn.addPropertyOverride('CloudWatchLogsLogGroupArn', 'arn:aws:logs:us-east-1:111111111111:log-group:trail:*');
      cfn.addPropertyOverride('CloudWatchLogsRoleArn', 'arn:aws:iam::111111111111:role/trail-logs');
    },
    path: 'Trail',
    expect: 'configured',
  },
  {
    name: 'the log group is chosen by a condition',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Role');
      new cloudtrail.CfnTrail(stack, 'Raw', {
        isLogging: true,
        s3BucketName: 'logs',
        cloudWatchLogsRoleArn: p.valueAsString,
        cloudWatchLogsLogGroupArn: Fn.conditionIf(
          'WithLogs',
          'arn:aws:logs:us-east-1:111111111111:log-group:trail:*',
          Fn.ref('AWS::NoValue'),
        ).toString(),
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
