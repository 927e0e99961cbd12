import { CfnParameter } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';

dutyCases('s3-bucket-customer-managed-key', [
  {
    name: 'the L2 bucket uses BucketEncryption.KMS (CDK creates a customer managed key)',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { encryption: s3.BucketEncryption.KMS }),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket names its own key with DSSE-KMS',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { encryption: s3.BucketEncryption.DSSE, encryptionKey: new kms.Key(stack, 'Key') }),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket keeps its defaults (SSE-S3)',
    build: (stack) => new s3.Bucket(stack, 'Bucket'),
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 bucket uses KMS_MANAGED (the AWS managed key aws/s3)',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { encryption: s3.BucketEncryption.KMS_MANAGED }),
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 bucket names alias/aws/s3',
    build: (stack) =>
      new s3.CfnBucket(stack, 'Raw', {
        bucketEncryption: {
          serverSideEncryptionConfiguration: [
            { serverSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: 'alias/aws/s3' } },
          ],
        },
      }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override switches an SSE-S3 bucket to a customer managed key',
    build: (stack) => {
      const key = new kms.Key(stack, 'Key');
      const bucket = new s3.Bucket(stack, 'Bucket', { encryption: s3.BucketEncryption.S3_MANAGED });
      (bucket.node.defaultChild as s3.CfnBucket).addPropertyOverride(
        'BucketEncryption.ServerSideEncryptionConfiguration.0.ServerSideEncryptionByDefault',
        {
          SSEAlgorithm: 'aws:kms',
          KMSMasterKeyID: key.keyArn,
        },
      );
    },
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the key is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'KeyArn');
      new s3.CfnBucket(stack, 'Raw', {
        bucketEncryption: {
          serverSideEncryptionConfiguration: [
            { serverSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: p.valueAsString } },
          ],
        },
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
