import { CfnParameter } from 'aws-cdk-lib';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as firehose from 'aws-cdk-lib/aws-kinesisfirehose';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';

dutyCases('firehose-delivery-stream-encrypted', [
  {
    name: 'the L2 stream enables server-side encryption with an AWS owned key',
    build: (stack) =>
      new firehose.DeliveryStream(stack, 'Stream', {
        destination: new firehose.S3Bucket(new s3.Bucket(stack, 'Dest')),
        encryption: firehose.StreamEncryption.awsOwnedKey(),
      }),
    path: 'Stream',
    expect: 'configured',
  },
  {
    name: 'the L2 stream keeps its defaults (no server-side encryption)',
    build: (stack) => new firehose.DeliveryStream(stack, 'Stream', { destination: new firehose.S3Bucket(new s3.Bucket(stack, 'Dest')) }),
    path: 'Stream',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 stream reads from a Kinesis data stream',
    build: (stack) =>
      new firehose.DeliveryStream(stack, 'Stream', {
        source: new firehose.KinesisStreamSource(new kinesis.Stream(stack, 'Source', { encryption: kinesis.StreamEncryption.MANAGED })),
        destination: new firehose.S3Bucket(new s3.Bucket(stack, 'Dest')),
      }),
    path: 'Stream',
    expect: 'not-applicable',
  },
  {
    name: 'an escape-hatch override turns on server-side encryption',
    build: (stack) => {
      const d = new firehose.DeliveryStream(stack, 'Stream', { destination: new firehose.S3Bucket(new s3.Bucket(stack, 'Dest')) });
      (d.node.defaultChild as firehose.CfnDeliveryStream).addPropertyOverride('DeliveryStreamEncryptionConfigurationInput', {
        KeyType: 'AWS_OWNED_CMK',
      });
    },
    path: 'Stream',
    expect: 'configured',
  },
  {
    name: 'the stream type is a parameter',
    build: (stack) => new firehose.CfnDeliveryStream(stack, 'Raw', { deliveryStreamType: new CfnParameter(stack, 'Type').valueAsString }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
