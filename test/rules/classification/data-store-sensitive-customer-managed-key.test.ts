import { CfnParameter, Tags } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { dutyCases, dutyResult, synthWithChecks } from '../../harness';
import { findingText } from '../../../lib/report/finding-text';

const ID = 'data-store-sensitive-customer-managed-key';

dutyCases(ID, [
  {
    name: 'a confidential bucket is encrypted with a key of the app',
    build: (s) =>
      Tags.of(
        new s3.Bucket(s, 'Store', {
          encryption: s3.BucketEncryption.KMS,
          encryptionKey: new kms.Key(s, 'Key', { enableKeyRotation: true }),
        }),
      ).add('DataClassification', 'confidential'),
    path: 'Store',
    expect: 'configured',
  },
  {
    name: 'a restricted bucket keeps the default SSE-S3 encryption',
    build: (s) => Tags.of(new s3.Bucket(s, 'Store')).add('DataClassification', 'Restricted'),
    path: 'Store',
    expect: 'unconfigured',
  },
  {
    name: 'a confidential queue uses the AWS managed key alias/aws/sqs',
    build: (s) =>
      Tags.of(new sqs.Queue(s, 'Store', { encryption: sqs.QueueEncryption.KMS_MANAGED })).add('DataClassification', 'confidential'),
    path: 'Store',
    expect: 'unconfigured',
  },
  {
    name: 'an internal bucket needs no customer managed key',
    build: (s) => Tags.of(new s3.Bucket(s, 'Store')).add('DataClassification', 'internal'),
    path: 'Store',
    expect: 'not-applicable',
  },
  {
    name: "the confidential bucket's key is a parameter",
    build: (s) => {
      const b = new s3.CfnBucket(s, 'Store', {
        bucketEncryption: {
          serverSideEncryptionConfiguration: [
            { serverSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: new CfnParameter(s, 'KeyArn').valueAsString } },
          ],
        },
      });
      Tags.of(b).add('DataClassification', 'confidential');
    },
    path: 'Store',
    expect: 'unknown',
  },
]);

describe('stricter duties for sensitive stores', () => {
  // s3-bucket-require-tls is a data-protection duty; lowered to a warning, it shows the escalation.
  const props = { severityOverrides: { 's3-bucket-require-tls': 'warning' as const } };

  it('keeps a data-protection warning a warning on a store that is not sensitive', () => {
    const { results } = synthWithChecks((s) => Tags.of(new s3.Bucket(s, 'Store')).add('DataClassification', 'internal'), props);
    expect(dutyResult(results, 'Store', 's3-bucket-require-tls')?.severity).toBe('warning');
  });

  it('turns it into an error on a store tagged sensitive, and says why', () => {
    const { results } = synthWithChecks((s) => Tags.of(new s3.Bucket(s, 'Store')).add('DataClassification', 'confidential'), props);
    const d = dutyResult(results, 'Store', 's3-bucket-require-tls');
    expect(d?.severity).toBe('error');
    expect(d?.escalated).toBe('DataClassification');
    expect(findingText(results.duties[d!.dutyId], d!)).toMatch(/classified sensitive by its DataClassification tag/);
  });

  it('leaves other categories alone', () => {
    const { results } = synthWithChecks((s) => Tags.of(new s3.Bucket(s, 'Store')).add('DataClassification', 'confidential'));
    expect(dutyResult(results, 'Store', 's3-bucket-versioning')?.severity).toBe('warning');
  });
});

describe('Aurora', () => {
  it('does not ask the instances of an Aurora cluster for a key of their own: the cluster carries it', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ec2 = require('aws-cdk-lib/aws-ec2') as typeof import('aws-cdk-lib/aws-ec2');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const rds = require('aws-cdk-lib/aws-rds') as typeof import('aws-cdk-lib/aws-rds');
    const { results } = synthWithChecks((s) => {
      const vpc = new ec2.Vpc(s, 'Vpc', {
        maxAzs: 2,
        natGateways: 0,
        subnetConfiguration: [{ name: 'db', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
      });
      const cluster = new rds.DatabaseCluster(s, 'Db', {
        engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
        vpc,
        vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
        writer: rds.ClusterInstance.provisioned('Writer'),
        storageEncrypted: true,
        storageEncryptionKey: new kms.Key(s, 'Key', { enableKeyRotation: true }),
      });
      Tags.of(cluster).add('DataClassification', 'confidential');
    });
    expect(dutyResult(results, 'Db', ID)?.outcome).toBe('configured');
    expect(dutyResult(results, 'Db/Writer', ID)?.outcome).toBe('not-applicable');
  });
});
