import { CfnParameter, Duration } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';

dutyCases('s3-bucket-object-lock', [
  {
    name: 'the L2 bucket sets objectLockEnabled',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { objectLockEnabled: true }),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket sets a default governance retention',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { objectLockDefaultRetention: s3.ObjectLockRetention.governance(Duration.days(30)) }),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket keeps its defaults (Object Lock off)',
    build: (stack) => new s3.Bucket(stack, 'Bucket'),
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override enables Object Lock',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket', { versioned: true });
      (bucket.node.defaultChild as s3.CfnBucket).addPropertyOverride('ObjectLockEnabled', true);
    },
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'ObjectLockEnabled is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Lock', { allowedValues: ['true', 'false'] });
      const bucket = new s3.CfnBucket(stack, 'Raw');
      bucket.addPropertyOverride('ObjectLockEnabled', p.valueAsString);
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
