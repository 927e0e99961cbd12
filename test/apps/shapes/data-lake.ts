import { Duration, RemovalPolicy, Stack, Tags } from 'aws-cdk-lib';
import * as glue from 'aws-cdk-lib/aws-glue';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { type AppShape, ENV } from './common';

/** A data lake: raw and curated zones in S3 under a customer managed KMS key, a Glue catalog and a Spark ETL job. */
export const dataLake: AppShape = {
  name: 'data lake (S3 + Glue + KMS)',
  context: { '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true },
  build: (app, variant) => {
    const secure = variant === 'secure';
    const stack = new Stack(app, 'Lake', { env: ENV });
    const key = new kms.Key(stack, 'LakeKey', {
      enableKeyRotation: secure,
      removalPolicy: RemovalPolicy.RETAIN,
      description: 'Data lake at rest',
    });
    const accessLogs = new s3.Bucket(stack, 'AccessLogs', {
      enforceSSL: true,
      versioned: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(400) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Tags.of(accessLogs).add('DataClassification', 'internal');
    const zone = (id: string) => {
      const bucket = new s3.Bucket(stack, id, {
        blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
        objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
        removalPolicy: RemovalPolicy.RETAIN,
        ...(secure
          ? {
              enforceSSL: true,
              versioned: true,
              encryption: s3.BucketEncryption.KMS,
              encryptionKey: key,
              bucketKeyEnabled: true,
              serverAccessLogsBucket: accessLogs,
              serverAccessLogsPrefix: `${id.toLowerCase()}/`,
              lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(90) }],
            }
          : {}),
      });
      Tags.of(bucket).add('DataClassification', 'confidential');
      return bucket;
    };
    const raw = zone('Raw');
    const curated = zone('Curated');
    const scripts = zone('Scripts');
    new glue.CfnDatabase(stack, 'Catalog', { catalogId: stack.account, databaseInput: { name: 'lake' } });
    const role = new iam.Role(stack, 'EtlRole', {
      assumedBy: new iam.ServicePrincipal('glue.amazonaws.com'),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSGlueServiceRole')],
    });
    raw.grantRead(role);
    curated.grantReadWrite(role);
    scripts.grantRead(role);
    if (!secure) role.addToPolicy(new iam.PolicyStatement({ actions: ['*'], resources: ['*'] }));
    const securityConfiguration = secure
      ? new glue.CfnSecurityConfiguration(stack, 'EtlEncryption', {
          name: 'lake-etl',
          encryptionConfiguration: {
            s3Encryptions: [{ s3EncryptionMode: 'SSE-KMS', kmsKeyArn: key.keyArn }],
            cloudWatchEncryption: { cloudWatchEncryptionMode: 'SSE-KMS', kmsKeyArn: key.keyArn },
            jobBookmarksEncryption: { jobBookmarksEncryptionMode: 'CSE-KMS', kmsKeyArn: key.keyArn },
          },
        })
      : undefined;
    new glue.CfnJob(stack, 'Etl', {
      role: role.roleArn,
      command: { name: 'glueetl', scriptLocation: scripts.s3UrlForObject('etl.py'), pythonVersion: '3' },
      glueVersion: secure ? '5.0' : '2.0',
      securityConfiguration: securityConfiguration?.name,
    });
    if (secure) key.grantEncryptDecrypt(role);
  },
  insecureFindings: [
    { duty: 'iam-inline-policy-no-full-admin', path: 'Lake/EtlRole/DefaultPolicy' },
    { duty: 's3-bucket-require-tls', path: 'Lake/Raw' },
    { duty: 's3-bucket-require-tls', path: 'Lake/Curated' },
    { duty: 'data-store-sensitive-customer-managed-key', path: 'Lake/Raw' },
    { duty: 'kms-key-rotation-enabled', path: 'Lake/LakeKey' },
    { duty: 'glue-job-supported-version', path: 'Lake/Etl' },
    { duty: 'glue-job-security-configuration', path: 'Lake/Etl' },
  ],
};
