import { Aws, CfnParameter, Fn, RemovalPolicy, type Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { conditionOn, dutyCases, outcomeOf, synthWithChecks } from '../../harness';

dutyCases('s3-bucket-policy-no-public-access', [
  {
    name: 'the L2 bucket has no bucket policy',
    build: (stack) => new s3.Bucket(stack, 'Bucket'),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket grants read to a role and enforces TLS',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket', { enforceSSL: true });
      bucket.addToResourcePolicy(
        new iam.PolicyStatement({
          actions: ['s3:GetObject'],
          resources: [bucket.arnForObjects('*')],
          principals: [new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') })],
        }),
      );
    },
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket uses autoDeleteObjects (its policy names a role of this stack)',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { autoDeleteObjects: true, removalPolicy: RemovalPolicy.DESTROY }),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket sets publicReadAccess with BLOCK_ACLS_ONLY',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { publicReadAccess: true, blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY }),
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'the public statement is neutralised by RestrictPublicBuckets',
    build: (stack) =>
      new s3.Bucket(stack, 'Bucket', {
        publicReadAccess: true,
        blockPublicAccess: new s3.BlockPublicAccess({
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: false,
          restrictPublicBuckets: true,
        }),
      }),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the Principal "*" statement is confined by aws:SourceVpce',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY });
      bucket.addToResourcePolicy(
        new iam.PolicyStatement({
          actions: ['s3:GetObject'],
          resources: [bucket.arnForObjects('*')],
          principals: [new iam.AnyPrincipal()],
          conditions: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } },
        }),
      );
    },
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'an escape-hatch override makes a statement public on a bucket that turned RestrictPublicBuckets off',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY, enforceSSL: true });
      (bucket.policy!.node.defaultChild as s3.CfnBucketPolicy).addPropertyOverride('PolicyDocument.Statement.1', {
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:PutObject',
        Resource: '*',
      });
    },
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'a bucket policy on a bucket outside the template allows Principal "*"',
    build: (stack) => {
      const policy = new s3.BucketPolicy(stack, 'Policy', { bucket: s3.Bucket.fromBucketName(stack, 'Imported', 'amzn-s3-demo-bucket') });
      policy.document.addStatements(
        new iam.PolicyStatement({
          actions: ['s3:GetObject'],
          resources: ['arn:aws:s3:::amzn-s3-demo-bucket/*'],
          principals: [new iam.AnyPrincipal()],
        }),
      );
    },
    path: 'Policy',
    expect: 'unconfigured',
  },
  {
    name: 'the policy is attached to a bucket of the template (the finding lands on the bucket)',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { enforceSSL: true }),
    path: 'Bucket/Policy',
    expect: 'not-applicable',
  },
  {
    name: "the statement's principal is a parameter",
    build: (stack) => {
      const p = new CfnParameter(stack, 'Reader');
      const bucket = new s3.CfnBucket(stack, 'Raw');
      new s3.CfnBucketPolicy(stack, 'RawPolicy', {
        bucket: bucket.ref,
        policyDocument: { Statement: [{ Effect: 'Allow', Principal: { AWS: p.valueAsString }, Action: 's3:GetObject', Resource: '*' }] },
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'the statement names an account through the Fn::Join ARN CDK renders for AccountPrincipal',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket');
      bucket.addToResourcePolicy(
        new iam.PolicyStatement({
          actions: ['s3:GetObject'],
          resources: [bucket.arnForObjects('*')],
          principals: [new iam.AccountPrincipal('222222222222')],
        }),
      );
    },
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'a public statement is reported even though another statement names an account through Fn::Join',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY });
      bucket.addToResourcePolicy(
        new iam.PolicyStatement({
          actions: ['s3:PutObject'],
          resources: [bucket.arnForObjects('*')],
          principals: [new iam.AccountPrincipal('222222222222')],
        }),
      );
      bucket.grantPublicAccess('public/*');
    },
    path: 'Bucket',
    expect: 'unconfigured',
  },

  {
    name: 'a public L1 bucket policy names the bucket only in one branch of an Fn::If',
    build: (stack) => {
      const bucket = new s3.CfnBucket(stack, 'Raw', { publicAccessBlockConfiguration: { restrictPublicBuckets: false } });
      new s3.CfnBucketPolicy(stack, 'RawPolicy', {
        bucket: Fn.conditionIf(conditionOn(stack), bucket.ref, 'amzn-s3-demo-bucket').toString(),
        policyDocument: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${bucket.attrArn}/*` }] },
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'the bucket policy whose Bucket is an Fn::If is judged on its own',
    build: (stack) => {
      const bucket = new s3.CfnBucket(stack, 'Raw', { publicAccessBlockConfiguration: { restrictPublicBuckets: false } });
      new s3.CfnBucketPolicy(stack, 'RawPolicy', {
        bucket: Fn.conditionIf(conditionOn(stack), bucket.ref, 'amzn-s3-demo-bucket').toString(),
        policyDocument: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${bucket.attrArn}/*` }] },
      });
    },
    path: 'RawPolicy',
    expect: 'unconfigured',
  },
  {
    name: 'a public bucket policy may be attached by an Fn::If, but RestrictPublicBuckets is on (the S3 default)',
    build: (stack) => {
      const bucket = new s3.CfnBucket(stack, 'Raw');
      new s3.CfnBucketPolicy(stack, 'RawPolicy', {
        bucket: Fn.conditionIf(conditionOn(stack), bucket.ref, 'amzn-s3-demo-bucket').toString(),
        policyDocument: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${bucket.attrArn}/*` }] },
      });
    },
    path: 'Raw',
    expect: 'configured',
  },
]);

// Issue 12 §2 and issue 13 §2/§4: what confines "everyone", and what is everyone, in a bucket policy.
describe('s3-bucket-policy-no-public-access: conditions and principals', () => {
  const open = (principal: iam.IPrincipal, conditions?: Record<string, Record<string, unknown>>) => (stack: Stack) => {
    const bucket = new s3.Bucket(stack, 'Bucket', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY });
    bucket.addToResourcePolicy(
      new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')], principals: [principal], conditions }),
    );
  };
  const outcome = (build: (stack: Stack) => void) =>
    outcomeOf(synthWithChecks(build).results, 'Bucket', 's3-bucket-policy-no-public-access');
  test('unconfigured when "*" is conditioned on aws:SourceIp 0.0.0.0/0 and ::/0', () =>
    expect(outcome(open(new iam.AnyPrincipal(), { IpAddress: { 'aws:SourceIp': ['0.0.0.0/0', '::/0'] } }))).toBe('unconfigured'));
  test("unconfigured when the principal is AccountPrincipal('*') (arn:aws:iam::*:root)", () =>
    expect(outcome(open(new iam.AccountPrincipal('*')))).toBe('unconfigured'));
  test('configured when "*" is confined to the own account\'s access points (s3:DataAccessPointAccount)', () =>
    expect(outcome(open(new iam.AnyPrincipal(), { StringEquals: { 's3:DataAccessPointAccount': Aws.ACCOUNT_ID } }))).toBe('configured'));
  test('unconfigured when an Allow uses NotPrincipal', () =>
    expect(
      outcome((stack) => {
        const bucket = new s3.Bucket(stack, 'Bucket', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY });
        bucket.addToResourcePolicy(
          new iam.PolicyStatement({
            actions: ['s3:GetObject'],
            resources: [bucket.arnForObjects('*')],
            notPrincipals: [new iam.AccountPrincipal('222222222222')],
          }),
        );
      }),
    ).toBe('unconfigured'));
});
