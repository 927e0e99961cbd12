import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';
import { param } from './fixtures';

function rawGroup(stack: import('aws-cdk-lib').Stack, encryptionDisabled?: unknown): codebuild.CfnReportGroup {
  return new codebuild.CfnReportGroup(stack, 'Raw', {
    type: 'TEST',
    exportConfig: { exportConfigType: 'S3', s3Destination: { bucket: 'reports-bucket', encryptionDisabled: encryptionDisabled as never } },
  });
}

dutyCases('codebuild-report-group-export-encrypted', [
  {
    name: 'the L2 report group exports to a bucket with defaults',
    build: (stack) => new codebuild.ReportGroup(stack, 'Reports', { exportBucket: new s3.Bucket(stack, 'Bucket') }),
    path: 'Reports',
    expect: 'configured',
  },
  {
    name: 'the L2 report group does not export',
    build: (stack) => new codebuild.ReportGroup(stack, 'Reports'),
    path: 'Reports',
    expect: 'not-applicable',
  },
  {
    name: 'the L1 report group exports with EncryptionDisabled: true',
    build: (stack) => rawGroup(stack, true),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override re-enables encryption',
    build: (stack) => rawGroup(stack, true).addPropertyOverride('ExportConfig.S3Destination.EncryptionDisabled', false),
    path: 'Raw',
    expect: 'configured',
  },
  { name: 'EncryptionDisabled is a parameter', build: (stack) => rawGroup(stack, param(stack)), path: 'Raw', expect: 'unknown' },
]);
