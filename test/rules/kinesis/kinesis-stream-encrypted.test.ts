import { CfnParameter } from 'aws-cdk-lib';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as kms from 'aws-cdk-lib/aws-kms';
import { dutyCases } from '../../harness';

dutyCases('kinesis-stream-encrypted', [
  {
    name: 'the L2 stream uses the AWS managed key',
    build: (stack) => new kinesis.Stream(stack, 'Stream', { encryption: kinesis.StreamEncryption.MANAGED }),
    path: 'Stream',
    expect: 'configured',
  },
  {
    name: 'the L2 stream uses a customer managed key',
    build: (stack) => new kinesis.Stream(stack, 'Stream', { encryptionKey: new kms.Key(stack, 'Key') }),
    path: 'Stream',
    expect: 'configured',
  },
  {
    name: "the L2 stream keeps its defaults (encryption behind CDK's China-Region condition)",
    build: (stack) => new kinesis.Stream(stack, 'Stream'),
    path: 'Stream',
    expect: 'unknown',
  },
  {
    name: 'the L2 stream is UNENCRYPTED',
    build: (stack) => new kinesis.Stream(stack, 'Stream', { encryption: kinesis.StreamEncryption.UNENCRYPTED }),
    path: 'Stream',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override adds encryption to an L1 stream',
    build: (stack) =>
      new kinesis.CfnStream(stack, 'Raw', { shardCount: 1 }).addPropertyOverride('StreamEncryption', {
        EncryptionType: 'KMS',
        KeyId: 'alias/aws/kinesis',
      }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the encryption type is a parameter',
    build: (stack) =>
      new kinesis.CfnStream(stack, 'Raw', {
        shardCount: 1,
        streamEncryption: { encryptionType: new CfnParameter(stack, 'Type').valueAsString, keyId: 'alias/aws/kinesis' },
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
