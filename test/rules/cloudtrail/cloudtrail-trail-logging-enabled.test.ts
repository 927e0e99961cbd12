import { CfnParameter } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import { dutyCases } from '../../harness';

dutyCases('cloudtrail-trail-logging-enabled', [
  {
    name: 'the L2 trail keeps its defaults',
    build: (stack) => new cloudtrail.Trail(stack, 'Trail'),
    path: 'Trail',
    expect: 'configured',
  },
  {
    name: 'an L1 trail is deployed stopped',
    build: (stack) => new cloudtrail.CfnTrail(stack, 'Raw', { isLogging: false, s3BucketName: 'logs' }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override stops the L2 trail',
    build: (stack) => {
      const trail = new cloudtrail.Trail(stack, 'Trail');
      (trail.node.defaultChild as cloudtrail.CfnTrail).addPropertyOverride('IsLogging', false);
    },
    path: 'Trail',
    expect: 'unconfigured',
  },
  {
    name: 'IsLogging is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Logging');
      new cloudtrail.CfnTrail(stack, 'Raw', { isLogging: p.valueAsString as unknown as boolean, s3BucketName: 'logs' });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
