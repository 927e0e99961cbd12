import { CfnParameter } from 'aws-cdk-lib';
import * as s3express from 'aws-cdk-lib/aws-s3express';
import { dutyCases } from '../../harness';

const base: s3express.CfnDirectoryBucketProps = { dataRedundancy: 'SingleAvailabilityZone', locationName: 'use1-az4' };

dutyCases('s3-directory-bucket-lifecycle-configuration', [
  {
    name: 'the directory bucket expires objects',
    build: (stack) =>
      new s3express.CfnDirectoryBucket(stack, 'Dir', {
        ...base,
        lifecycleConfiguration: { rules: [{ status: 'Enabled', expirationInDays: 30 }] },
      }),
    path: 'Dir',
    expect: 'configured',
  },
  {
    name: 'the directory bucket has no LifecycleConfiguration',
    build: (stack) => new s3express.CfnDirectoryBucket(stack, 'Dir', base),
    path: 'Dir',
    expect: 'unconfigured',
  },
  {
    name: "the directory bucket's only rule is disabled",
    build: (stack) =>
      new s3express.CfnDirectoryBucket(stack, 'Dir', {
        ...base,
        lifecycleConfiguration: { rules: [{ status: 'Disabled', expirationInDays: 30 }] },
      }),
    path: 'Dir',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override adds an enabled rule',
    build: (stack) =>
      new s3express.CfnDirectoryBucket(stack, 'Dir', base).addPropertyOverride('LifecycleConfiguration', {
        Rules: [{ Status: 'Enabled', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } }],
      }),
    path: 'Dir',
    expect: 'configured',
  },
  {
    name: 'the rule status is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Status');
      new s3express.CfnDirectoryBucket(stack, 'Dir', {
        ...base,
        lifecycleConfiguration: { rules: [{ status: p.valueAsString, expirationInDays: 30 }] },
      });
    },
    path: 'Dir',
    expect: 'unknown',
  },
]);
