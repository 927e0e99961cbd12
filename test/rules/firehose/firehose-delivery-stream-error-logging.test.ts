import { CfnParameter } from 'aws-cdk-lib';
import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';

dutyCases('firehose-delivery-stream-error-logging', [
  {
    name: 'the L2 S3 destination keeps its defaults (error logging on)',
    build: (stack) => new firehose.DeliveryStream(stack, 'Stream', { destination: new firehose.S3Bucket(new s3.Bucket(stack, 'Dest')) }),
    path: 'Stream',
    expect: 'configured',
  },
  {
    name: 'the L2 S3 destination disables logging',
    build: (stack) =>
      new firehose.DeliveryStream(stack, 'Stream', {
        destination: new firehose.S3Bucket(new s3.Bucket(stack, 'Dest'), { loggingConfig: new firehose.DisableLogging() }),
      }),
    path: 'Stream',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 stream sets no CloudWatchLoggingOptions',
    build: (stack) =>
      new firehose.CfnDeliveryStream(stack, 'Raw', {
        extendedS3DestinationConfiguration: { bucketArn: 'arn:aws:s3:::dest', roleArn: 'arn:aws:iam::111111111111:role/firehose' },
      }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override enables logging on the L1 destination',
    build: (stack) => {
      const d = new firehose.CfnDeliveryStream(stack, 'Raw', {
        extendedS3DestinationConfiguration: { bucketArn: 'arn:aws:s3:::dest', roleArn: 'arn:aws:iam::111111111111:role/firehose' },
      });
      d.addPropertyOverride('ExtendedS3DestinationConfiguration.CloudWatchLoggingOptions', {
        Enabled: true,
        LogGroupName: 'fh',
        LogStreamName: 'errors',
      });
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'Enabled is a parameter',
    build: (stack) =>
      new firehose.CfnDeliveryStream(stack, 'Raw', {
        extendedS3DestinationConfiguration: {
          bucketArn: 'arn:aws:s3:::dest',
          roleArn: 'arn:aws:iam::111111111111:role/firehose',
          cloudWatchLoggingOptions: { enabled: new CfnParameter(stack, 'Log').valueAsString as unknown as boolean },
        },
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
