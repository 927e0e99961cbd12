import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';
import { cfnProject, param, project, rawProject } from './fixtures';

function s3Project(stack: import('aws-cdk-lib').Stack, encryption?: boolean): codebuild.Project {
  const bucket = new s3.Bucket(stack, 'Bucket');
  return project(stack, {
    source: codebuild.Source.s3({ bucket, path: 'src.zip' }),
    artifacts: codebuild.Artifacts.s3({ bucket, encryption }),
  });
}

dutyCases('codebuild-project-artifacts-encrypted', [
  { name: 'the L2 project has no artifacts', build: (stack) => project(stack), path: 'Project', expect: 'configured' },
  { name: 'the L2 project writes S3 artifacts with defaults', build: (stack) => s3Project(stack), path: 'Project', expect: 'configured' },
  {
    name: 'the L2 project turns artifact encryption off',
    build: (stack) => s3Project(stack, false),
    path: 'Project',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override turns artifact encryption back on',
    build: (stack) => cfnProject(s3Project(stack, false)).addPropertyOverride('Artifacts.EncryptionDisabled', false),
    path: 'Project',
    expect: 'configured',
  },
  {
    name: 'EncryptionDisabled is a parameter',
    build: (stack) => rawProject(stack, { artifacts: { type: 'S3', location: 'bucket', encryptionDisabled: param(stack) as never } }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
