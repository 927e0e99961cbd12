import { type CfnResource, type Stack } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/**
 * A place where one duty's verdict hangs on one value: the resource (and its companions), the
 * property path the value goes to (set with an escape-hatch override, so any token or type fits),
 * and a good and a bad concrete value in CloudFormation's own spelling.
 */
export interface Site {
  readonly name: string;
  readonly duty: string;
  /** Property path on `target`, for `addPropertyOverride`. */
  readonly at: string;
  readonly good: unknown;
  readonly bad: unknown;
  /** Builds the resources in `scope`; returns the construct that owns the duty and the resource that takes the value. */
  readonly build: (scope: Construct) => { owner: Construct; target: CfnResource };
}

const ACCOUNT_ROOT = 'arn:aws:iam::111111111111:root';

function bucketWithPolicy(scope: Construct, statement: Record<string, unknown>, bucketProps: s3.CfnBucketProps = {}) {
  const bucket = new s3.CfnBucket(scope, 'R', bucketProps);
  const policy = new s3.CfnBucketPolicy(scope, 'Policy', {
    bucket: bucket.ref,
    policyDocument: { Version: '2012-10-17', Statement: [{ ...statement, Resource: [bucket.attrArn, `${bucket.attrArn}/*`] }] },
  });
  return { owner: bucket, target: policy };
}

export const SITES: readonly Site[] = [
  {
    name: 'a string property (S3 versioning status)',
    duty: 's3-bucket-versioning',
    at: 'VersioningConfiguration.Status',
    good: 'Enabled',
    bad: 'Suspended',
    build: (scope) => {
      const r = new s3.CfnBucket(scope, 'R', { versioningConfiguration: { status: 'Suspended' } });
      return { owner: r, target: r };
    },
  },
  {
    name: 'a whole object property (S3 Block Public Access)',
    duty: 's3-bucket-block-public-access',
    at: 'PublicAccessBlockConfiguration',
    good: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
    bad: { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false },
    build: (scope) => {
      const r = new s3.CfnBucket(scope, 'R');
      return { owner: r, target: r };
    },
  },
  {
    name: 'a boolean property (KMS key rotation)',
    duty: 'kms-key-rotation-enabled',
    at: 'EnableKeyRotation',
    good: true,
    bad: false,
    build: (scope) => {
      const r = new kms.CfnKey(scope, 'R', {
        keyPolicy: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: ACCOUNT_ROOT }, Action: 'kms:*', Resource: '*' }],
        },
      });
      return { owner: r, target: r };
    },
  },
  {
    name: 'a boolean property (RDS storage encryption)',
    duty: 'rds-instance-storage-encrypted',
    at: 'StorageEncrypted',
    good: true,
    bad: false,
    build: (scope) => {
      const r = new rds.CfnDBInstance(scope, 'R', { dbInstanceClass: 'db.t3.micro', engine: 'postgres', allocatedStorage: '20' });
      return { owner: r, target: r };
    },
  },
  {
    name: 'a number property (log retention)',
    duty: 'logs-log-group-retention',
    at: 'RetentionInDays',
    good: 365,
    bad: 1,
    build: (scope) => {
      const r = new logs.CfnLogGroup(scope, 'R');
      return { owner: r, target: r };
    },
  },
  {
    name: 'a value inside a list element (security group CIDR)',
    duty: 'ec2-security-group-no-public-high-risk-ports',
    at: 'SecurityGroupIngress.0.CidrIp',
    good: '10.0.0.0/8',
    bad: '0.0.0.0/0',
    build: (scope) => {
      const r = new ec2.CfnSecurityGroup(scope, 'R', {
        groupDescription: 'site',
        securityGroupIngress: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, cidrIp: '10.0.0.0/8' }],
      });
      return { owner: r, target: r };
    },
  },
  {
    name: 'a whole list property (security group ingress rules)',
    duty: 'ec2-security-group-no-public-high-risk-ports',
    at: 'SecurityGroupIngress',
    good: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' }],
    bad: [{ IpProtocol: 'tcp', FromPort: 3389, ToPort: 3389, CidrIp: '0.0.0.0/0' }],
    build: (scope) => {
      const r = new ec2.CfnSecurityGroup(scope, 'R', { groupDescription: 'site' });
      return { owner: r, target: r };
    },
  },
  {
    name: 'a nested boolean (DynamoDB point-in-time recovery)',
    duty: 'dynamodb-table-point-in-time-recovery',
    at: 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled',
    good: true,
    bad: false,
    build: (scope) => {
      const r = new dynamodb.CfnTable(scope, 'R', {
        keySchema: [{ attributeName: 'pk', keyType: 'HASH' }],
        attributeDefinitions: [{ attributeName: 'pk', attributeType: 'S' }],
        billingMode: 'PAY_PER_REQUEST',
      });
      return { owner: r, target: r };
    },
  },
  {
    name: 'an enum string (Lambda function URL auth type)',
    duty: 'lambda-url-auth-required',
    at: 'AuthType',
    good: 'AWS_IAM',
    bad: 'NONE',
    build: (scope) => {
      const r = new lambda.CfnUrl(scope, 'R', {
        targetFunctionArn: 'arn:aws:lambda:us-east-1:111111111111:function:f',
        authType: 'AWS_IAM',
      });
      return { owner: r, target: r };
    },
  },
  {
    name: 'a deep launch template setting (IMDSv2)',
    duty: 'ec2-launch-template-imdsv2-required',
    at: 'LaunchTemplateData.MetadataOptions.HttpTokens',
    good: 'required',
    bad: 'optional',
    build: (scope) => {
      const r = new ec2.CfnLaunchTemplate(scope, 'R', { launchTemplateData: { instanceType: 't3.micro' } });
      return { owner: r, target: r };
    },
  },
  {
    name: 'a policy condition value on another resource (bucket policy aws:SecureTransport)',
    duty: 's3-bucket-require-tls',
    at: 'PolicyDocument.Statement.0.Condition.Bool.aws:SecureTransport',
    good: 'false',
    bad: 'true',
    build: (scope) =>
      bucketWithPolicy(scope, {
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Action: 's3:*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
  },
  {
    name: 'a policy principal on another resource (bucket policy Principal.AWS)',
    duty: 's3-bucket-policy-no-public-access',
    at: 'PolicyDocument.Statement.0.Principal.AWS',
    good: ACCOUNT_ROOT,
    bad: '*',
    build: (scope) =>
      bucketWithPolicy(
        scope,
        { Effect: 'Allow', Principal: { AWS: ACCOUNT_ROOT }, Action: 's3:GetObject' },
        {
          publicAccessBlockConfiguration: {
            blockPublicAcls: false,
            ignorePublicAcls: false,
            blockPublicPolicy: false,
            restrictPublicBuckets: false,
          },
        },
      ),
  },
  {
    name: 'a trust policy principal (IAM role)',
    duty: 'iam-role-trust-not-public',
    at: 'AssumeRolePolicyDocument.Statement.0.Principal.AWS',
    good: ACCOUNT_ROOT,
    bad: '*',
    build: (scope) => {
      const r = new iam.CfnRole(scope, 'R', {
        assumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: ACCOUNT_ROOT }, Action: 'sts:AssumeRole' }],
        },
      });
      return { owner: r, target: r };
    },
  },
];

/** Places a site in its own scope under the stack. */
export function place(stack: Stack, site: Site, variant: string): { owner: Construct; target: CfnResource } {
  const scope = new Construct(stack, `${SITES.indexOf(site)}-${variant}`);
  return site.build(scope);
}
