import { CfnParameter } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import { dutyCases } from '../../harness';

dutyCases('cloudtrail-trail-log-file-validation', [
  {
    name: 'the L2 trail keeps its defaults (validation on)',
    build: (stack) => new cloudtrail.Trail(stack, 'Trail'),
    path: 'Trail',
    expect: 'configured',
  },
  {
    name: 'the L2 trail turns validation off',
    build: (stack) => new cloudtrail.Trail(stack, 'Trail', { enableFileValidation: false }),
    path: 'Trail',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 trail leaves EnableLogFileValidation unset (false)',
    build: (stack) => new cloudtrail.CfnTrail(stack, 'Raw', { isLogging: true, s3BucketName: 'logs' }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override turns validation on',
    build: (stack) => {
      const trail = new cloudtrail.Trail(stack, 'Trail', { enableFileValidation: false });
      (trail.node.defaultChild as cloudtrail.CfnTrail).addPropertyOverride('EnableLogFileValidation', true);
    },
    path: 'Trail',
    expect: 'configured',
  },
  {
    name: 'EnableLogFileValidation is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Validate');
      new cloudtrail.CfnTrail(stack, 'Raw', {
        isLogging: true,
        s3BucketName: 'logs',
        enableLogFileValidation: p.valueAsString as unknown as boolean,
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
