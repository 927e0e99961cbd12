import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';
import { cfnProject, param, project, rawProject } from './fixtures';

dutyCases('codebuild-project-logging', [
  {
    name: 'the L2 project keeps the default (CloudWatch Logs on)',
    build: (stack) => project(stack),
    path: 'Project',
    expect: 'configured',
  },
  {
    name: 'the L2 project logs to a CloudWatch log group',
    build: (stack) => project(stack, { logging: { cloudWatch: { logGroup: new logs.LogGroup(stack, 'Logs') } } }),
    path: 'Project',
    expect: 'configured',
  },
  {
    name: 'the L2 project turns CloudWatch Logs off and logs to S3',
    build: (stack) => project(stack, { logging: { cloudWatch: { enabled: false }, s3: { bucket: new s3.Bucket(stack, 'Bucket') } } }),
    path: 'Project',
    expect: 'configured',
  },
  {
    name: 'the L2 project turns CloudWatch Logs off',
    build: (stack) => project(stack, { logging: { cloudWatch: { enabled: false } } }),
    path: 'Project',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override enables CloudWatch Logs again',
    build: (stack) =>
      cfnProject(project(stack, { logging: { cloudWatch: { enabled: false } } })).addPropertyOverride(
        'LogsConfig.CloudWatchLogs.Status',
        'ENABLED',
      ),
    path: 'Project',
    expect: 'configured',
  },
  {
    name: 'the CloudWatch Logs status is a parameter',
    build: (stack) => rawProject(stack, { logsConfig: { cloudWatchLogs: { status: param(stack) } } }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
