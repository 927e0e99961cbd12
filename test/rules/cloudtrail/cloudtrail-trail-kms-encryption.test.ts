import { Fn } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as kms from 'aws-cdk-lib/aws-kms';
import { dutyCases } from '../../harness';

dutyCases('cloudtrail-trail-kms-encryption', [
  {
    name: 'the L2 trail uses a KMS key',
    build: (stack) => new cloudtrail.Trail(stack, 'Trail', { encryptionKey: new kms.Key(stack, 'Key') }),
    path: 'Trail',
    expect: 'configured',
  },
  {
    name: 'the L2 trail keeps its defaults (SSE-S3)',
    build: (stack) => new cloudtrail.Trail(stack, 'Trail'),
    path: 'Trail',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override sets a key alias',
    build: (stack) => {
      const trail = new cloudtrail.Trail(stack, 'Trail');
      (trail.node.defaultChild as cloudtrail.CfnTrail).addPropertyOverride('KMSKeyId', 'alias/trail-key');
    },
    path: 'Trail',
    expect: 'configured',
  },
  {
    name: 'the key is imported',
    build: (stack) =>
      new cloudtrail.CfnTrail(stack, 'Raw', { isLogging: true, s3BucketName: 'logs', kmsKeyId: Fn.importValue('TrailKey') }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
