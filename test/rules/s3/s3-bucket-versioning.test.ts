import { CfnParameter } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';

dutyCases('s3-bucket-versioning', [
  {
    name: 'the L2 bucket sets versioned: true',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { versioned: true }),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket enables Object Lock, which turns versioning on',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { objectLockEnabled: true }),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket keeps its defaults (a new bucket is unversioned)',
    build: (stack) => new s3.Bucket(stack, 'Bucket'),
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 bucket suspends versioning',
    build: (stack) => new s3.CfnBucket(stack, 'Raw', { versioningConfiguration: { status: 'Suspended' } }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override enables versioning',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket');
      (bucket.node.defaultChild as s3.CfnBucket).addPropertyOverride('VersioningConfiguration.Status', 'Enabled');
    },
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the versioning status is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Versioning', { allowedValues: ['Enabled', 'Suspended'] });
      new s3.CfnBucket(stack, 'Raw', { versioningConfiguration: { status: p.valueAsString } });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
