import { CfnParameter } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';

dutyCases('cloudtrail-trail-bucket-access-logging', [
  {
    name: 'the trail bucket logs server access to another bucket',
    build: (stack) => {
      const accessLogs = new s3.Bucket(stack, 'AccessLogs');
      new cloudtrail.Trail(stack, 'Trail', { bucket: new s3.Bucket(stack, 'TrailBucket', { serverAccessLogsBucket: accessLogs }) });
    },
    path: 'Trail',
    expect: 'configured',
  },
  {
    name: 'the L2 trail keeps its defaults (its own bucket without access logging)',
    build: (stack) => new cloudtrail.Trail(stack, 'Trail'),
    path: 'Trail',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override adds a LoggingConfiguration to the trail bucket',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'TrailBucket');
      (bucket.node.defaultChild as s3.CfnBucket).addPropertyOverride('LoggingConfiguration', { LogFilePrefix: 'access/' });
      new cloudtrail.Trail(stack, 'Trail', { bucket });
    },
    path: 'Trail',
    expect: 'configured',
  },
  {
    name: 'the bucket name is a parameter',
    build: (stack) =>
      new cloudtrail.CfnTrail(stack, 'Raw', { isLogging: true, s3BucketName: new CfnParameter(stack, 'Bucket').valueAsString }),
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'the bucket is not defined in the app',
    build: (stack) => new cloudtrail.CfnTrail(stack, 'Raw', { isLogging: true, s3BucketName: 'central-trail-logs' }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
