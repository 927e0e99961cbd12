import { Aws, CfnParameter, RemovalPolicy, type Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases, outcomeOf, synthWithChecks } from '../../harness';

const orgWide = (bucket: s3.Bucket, actions: string[]) =>
  new iam.PolicyStatement({
    actions,
    resources: [bucket.bucketArn, bucket.arnForObjects('*')],
    principals: [new iam.AnyPrincipal()],
    conditions: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
  });

dutyCases('s3-bucket-policy-cross-account-restricted', [
  {
    name: 'the L2 bucket has no bucket policy',
    build: (stack) => new s3.Bucket(stack, 'Bucket'),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket enforces TLS (a Deny statement)',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { enforceSSL: true }),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket uses autoDeleteObjects (s3:PutBucketPolicy goes to a role of this stack)',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { autoDeleteObjects: true, removalPolicy: RemovalPolicy.DESTROY }),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'every account of the organization may read objects only',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket');
      bucket.addToResourcePolicy(orgWide(bucket, ['s3:GetObject', 's3:ListBucket']));
    },
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'every account of the organization gets s3:* (S3.6 ignores conditions)',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket');
      bucket.addToResourcePolicy(orgWide(bucket, ['s3:*']));
    },
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'a NotAction statement for Principal "*" leaves s3:PutBucketPolicy granted',
    build: (stack) => {
      const bucket = new s3.CfnBucket(stack, 'Raw');
      new s3.CfnBucketPolicy(stack, 'RawPolicy', {
        bucket: bucket.ref,
        policyDocument: {
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: '*' },
              NotAction: 's3:GetObject',
              Resource: '*',
              Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
            },
          ],
        },
      });
    },
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'a bucket policy on a bucket outside the template lets everyone put object ACLs',
    build: (stack) => {
      const policy = new s3.BucketPolicy(stack, 'Policy', { bucket: s3.Bucket.fromBucketName(stack, 'Imported', 'amzn-s3-demo-bucket') });
      policy.document.addStatements(
        new iam.PolicyStatement({
          actions: ['s3:PutObjectAcl'],
          resources: ['arn:aws:s3:::amzn-s3-demo-bucket/*'],
          principals: [new iam.AnyPrincipal()],
        }),
      );
    },
    path: 'Policy',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override narrows the organization-wide statement to s3:GetObject',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket');
      bucket.addToResourcePolicy(orgWide(bucket, ['s3:*']));
      (bucket.policy!.node.defaultChild as s3.CfnBucketPolicy).addPropertyOverride('PolicyDocument.Statement.0.Action', 's3:GetObject');
    },
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: "a role ARN of a named account gets s3:PutBucketPolicy (the stack's own account is not known at synth)",
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket');
      bucket.addToResourcePolicy(
        new iam.PolicyStatement({
          actions: ['s3:PutBucketPolicy'],
          resources: [bucket.bucketArn],
          principals: [new iam.ArnPrincipal('arn:aws:iam::222222222222:role/Admin')],
        }),
      );
    },
    path: 'Bucket',
    expect: 'unknown',
  },
  {
    name: "the statement's Action is a parameter",
    build: (stack) => {
      const p = new CfnParameter(stack, 'Action');
      const bucket = new s3.CfnBucket(stack, 'Raw');
      new s3.CfnBucketPolicy(stack, 'RawPolicy', {
        bucket: bucket.ref,
        policyDocument: { Statement: [{ Effect: 'Allow', Principal: '*', Action: p.valueAsString, Resource: '*' }] },
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);

describe('s3-bucket-policy-cross-account-restricted: the own account', () => {
  const outcome = (build: (stack: Stack) => void) =>
    outcomeOf(synthWithChecks(build).results, 'Bucket', 's3-bucket-policy-cross-account-restricted');
  test('configured when s3:* to "*" is delegated to the own account\'s access points (AWS\'s documented pattern)', () =>
    expect(
      outcome((stack) => {
        const bucket = new s3.Bucket(stack, 'Bucket');
        bucket.addToResourcePolicy(
          new iam.PolicyStatement({
            actions: ['*'],
            resources: [bucket.bucketArn, bucket.arnForObjects('*')],
            principals: [new iam.AnyPrincipal()],
            conditions: { StringEquals: { 's3:DataAccessPointAccount': Aws.ACCOUNT_ID } },
          }),
        );
      }),
    ).toBe('configured'));
  test('configured when the principal is the own account by Ref AWS::AccountId', () =>
    expect(
      outcome((stack) => {
        const bucket = new s3.Bucket(stack, 'Bucket');
        bucket.addToResourcePolicy(
          new iam.PolicyStatement({
            actions: ['s3:PutBucketPolicy'],
            resources: [bucket.bucketArn],
            principals: [new iam.ArnPrincipal(Aws.ACCOUNT_ID)],
          }),
        );
      }),
    ).toBe('configured'));
});
