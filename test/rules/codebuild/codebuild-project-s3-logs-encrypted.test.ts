import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';
import { cfnProject, param, project, rawProject } from './fixtures';

dutyCases('codebuild-project-s3-logs-encrypted', [
  {
    name: 'the L2 project logs to S3 with defaults',
    build: (stack) => project(stack, { logging: { s3: { bucket: new s3.Bucket(stack, 'Bucket') } } }),
    path: 'Project',
    expect: 'configured',
  },
  { name: 'the L2 project does not log to S3', build: (stack) => project(stack), path: 'Project', expect: 'not-applicable' },
  {
    name: 'the L2 project logs to S3 unencrypted',
    build: (stack) => project(stack, { logging: { s3: { bucket: new s3.Bucket(stack, 'Bucket'), encrypted: false } } }),
    path: 'Project',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override re-enables encryption',
    build: (stack) =>
      cfnProject(project(stack, { logging: { s3: { bucket: new s3.Bucket(stack, 'Bucket'), encrypted: false } } })).addPropertyOverride(
        'LogsConfig.S3Logs.EncryptionDisabled',
        false,
      ),
    path: 'Project',
    expect: 'configured',
  },
  {
    name: 'EncryptionDisabled is a parameter',
    build: (stack) =>
      rawProject(stack, {
        logsConfig: { s3Logs: { status: 'ENABLED', location: 'bucket/prefix', encryptionDisabled: param(stack) as never } },
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
