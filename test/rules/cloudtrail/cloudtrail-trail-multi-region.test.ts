import { CfnParameter } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import { dutyCases } from '../../harness';

dutyCases('cloudtrail-trail-multi-region', [
  {
    name: 'the L2 trail keeps its defaults (multi-Region, global events, all management events)',
    build: (stack) => new cloudtrail.Trail(stack, 'Trail'),
    path: 'Trail',
    expect: 'configured',
  },
  {
    name: 'the L2 trail is single-Region',
    build: (stack) => new cloudtrail.Trail(stack, 'Trail', { isMultiRegionTrail: false }),
    path: 'Trail',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 trail records only read-only management events',
    build: (stack) => new cloudtrail.Trail(stack, 'Trail', { managementEvents: cloudtrail.ReadWriteType.READ_ONLY }),
    path: 'Trail',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 trail excludes global service events',
    build: (stack) => new cloudtrail.Trail(stack, 'Trail', { includeGlobalServiceEvents: false }),
    path: 'Trail',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 trail leaves IsMultiRegionTrail unset (false)',
    build: (stack) => new cloudtrail.CfnTrail(stack, 'Raw', { isLogging: true, s3BucketName: 'logs' }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 trail uses an advanced selector for all management events',
    build: (stack) =>
      new cloudtrail.CfnTrail(stack, 'Raw', {
        isLogging: true,
        s3BucketName: 'logs',
        isMultiRegionTrail: true,
        advancedEventSelectors: [{ name: 'mgmt', fieldSelectors: [{ field: 'eventCategory', equalTo: ['Management'] }] }],
      }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'an escape-hatch override makes an L1 trail multi-Region',
    build: (stack) =>
      new cloudtrail.CfnTrail(stack, 'Raw', { isLogging: true, s3BucketName: 'logs' }).addPropertyOverride('IsMultiRegionTrail', true),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'IsMultiRegionTrail is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Multi');
      new cloudtrail.CfnTrail(stack, 'Raw', {
        isLogging: true,
        s3BucketName: 'logs',
        isMultiRegionTrail: p.valueAsString as unknown as boolean,
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
