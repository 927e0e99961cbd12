import { CfnParameter, Duration } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';

dutyCases('s3-bucket-lifecycle-configuration', [
  {
    name: 'the L2 bucket has an expiration lifecycle rule',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { lifecycleRules: [{ expiration: Duration.days(365) }] }),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket keeps its defaults (no lifecycle rules)',
    build: (stack) => new s3.Bucket(stack, 'Bucket'),
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: "the L2 bucket's only lifecycle rule is disabled",
    build: (stack) => new s3.Bucket(stack, 'Bucket', { lifecycleRules: [{ enabled: false, expiration: Duration.days(30) }] }),
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override enables the rule',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket', { lifecycleRules: [{ enabled: false, expiration: Duration.days(30) }] });
      (bucket.node.defaultChild as s3.CfnBucket).addPropertyOverride('LifecycleConfiguration.Rules.0.Status', 'Enabled');
    },
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the rule status is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Status');
      new s3.CfnBucket(stack, 'Raw', { lifecycleConfiguration: { rules: [{ status: p.valueAsString, expirationInDays: 30 }] } });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
