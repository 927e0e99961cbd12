import { CfnCondition, CfnParameter, Fn, type Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';

dutyCases('s3-bucket-require-tls', [
  {
    name: 'the L2 bucket sets enforceSSL',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { enforceSSL: true }),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket has no policy',
    build: (stack) => new s3.Bucket(stack, 'Bucket'),
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'the bucket policy allows but never denies plain HTTP',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket');
      bucket.addToResourcePolicy(
        new iam.PolicyStatement({
          actions: ['s3:GetObject'],
          resources: [bucket.arnForObjects('*')],
          principals: [new iam.AccountRootPrincipal()],
        }),
      );
    },
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 bucket policy written by hand denies aws:SecureTransport=false',
    build: (stack) => {
      const bucket = new s3.CfnBucket(stack, 'Raw');
      new s3.CfnBucketPolicy(stack, 'RawPolicy', {
        bucket: bucket.ref,
        policyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Deny',
              Principal: { AWS: '*' },
              Action: 's3:*',
              Resource: [bucket.attrArn, Fn.join('', [bucket.attrArn, '/*'])],
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
          ],
        },
      });
    },
    path: 'Raw',
    expect: 'configured',
  },
  ...['bucket', 'objects'].map((part) => ({
    name: `the deny names only the ${part === 'bucket' ? 'objects' : 'bucket'}, so requests on the ${part} may use plain HTTP`,
    build: (stack: Stack) => {
      const bucket = new s3.CfnBucket(stack, 'Raw');
      new s3.CfnBucketPolicy(stack, 'RawPolicy', {
        bucket: bucket.ref,
        policyDocument: {
          Statement: [
            {
              Effect: 'Deny',
              Principal: { AWS: '*' },
              Action: 's3:*',
              Resource: part === 'bucket' ? [Fn.join('', [bucket.attrArn, '/*'])] : [bucket.attrArn],
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
          ],
        },
      });
    },
    path: 'Raw',
    expect: 'unconfigured' as const,
  })),
  {
    name: "the deny names another bucket's ARN (copied from another stack)",
    build: (stack) => {
      const other = new s3.Bucket(stack, 'Other');
      const bucket = new s3.Bucket(stack, 'Bucket');
      bucket.addToResourcePolicy(
        new iam.PolicyStatement({
          effect: iam.Effect.DENY,
          principals: [new iam.AnyPrincipal()],
          actions: ['s3:*'],
          resources: [other.bucketArn, other.arnForObjects('*')],
          conditions: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      );
    },
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'the deny is narrowed by another condition (only requests from one IP range are refused)',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket');
      bucket.addToResourcePolicy(
        new iam.PolicyStatement({
          effect: iam.Effect.DENY,
          principals: [new iam.AnyPrincipal()],
          actions: ['s3:*'],
          resources: [bucket.bucketArn, bucket.arnForObjects('*')],
          conditions: { Bool: { 'aws:SecureTransport': 'false' }, IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
        }),
      );
    },
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'the deny names the bucket by a literal ARN that cannot be matched to its generated name',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket');
      bucket.addToResourcePolicy(
        new iam.PolicyStatement({
          effect: iam.Effect.DENY,
          principals: [new iam.AnyPrincipal()],
          actions: ['s3:*'],
          resources: ['arn:aws:s3:::my-bucket', 'arn:aws:s3:::my-bucket/*'],
          conditions: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      );
    },
    path: 'Bucket',
    expect: 'unknown',
  },
  {
    name: 'the deny names the bucket by the literal ARN of its literal name',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket', { bucketName: 'my-bucket' });
      bucket.addToResourcePolicy(
        new iam.PolicyStatement({
          effect: iam.Effect.DENY,
          principals: [new iam.AnyPrincipal()],
          actions: ['s3:*'],
          resources: ['arn:aws:s3:::my-bucket', 'arn:aws:s3:::my-bucket/*'],
          conditions: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      );
    },
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the only policy denying plain HTTP is created under a resource Condition',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket', { enforceSSL: true });
      const policy = bucket.node.findChild('Policy').node.defaultChild as s3.CfnBucketPolicy;
      policy.cfnOptions.condition = new CfnCondition(stack, 'Enforce', {
        expression: Fn.conditionEquals(new CfnParameter(stack, 'Env').valueAsString, 'prod'),
      });
    },
    path: 'Bucket',
    expect: 'unknown',
  },
  {
    name: 'the deny statement is added by an escape-hatch override on the policy',
    build: (stack) => {
      const bucket = new s3.CfnBucket(stack, 'Raw');
      const policy = new s3.CfnBucketPolicy(stack, 'RawPolicy', { bucket: bucket.ref, policyDocument: { Statement: [] } });
      policy.addPropertyOverride('PolicyDocument.Statement', [
        { Effect: 'Deny', Principal: '*', Action: '*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': false } } },
      ]);
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the condition value of the deny is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'SecureTransport');
      const bucket = new s3.CfnBucket(stack, 'Raw');
      new s3.CfnBucketPolicy(stack, 'RawPolicy', {
        bucket: bucket.ref,
        policyDocument: {
          Statement: [
            {
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: '*',
              Condition: { Bool: { 'aws:SecureTransport': p.valueAsString } },
            },
          ],
        },
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: "only another bucket's policy mentions this bucket (a log bucket policy naming it in aws:SourceArn)",
    build: (stack) => {
      const source = new s3.Bucket(stack, 'Source');
      const logs = new s3.Bucket(stack, 'Logs', { enforceSSL: true });
      logs.addToResourcePolicy(
        new iam.PolicyStatement({
          actions: ['s3:PutObject'],
          resources: [logs.arnForObjects('*')],
          principals: [new iam.ServicePrincipal('logging.s3.amazonaws.com')],
          conditions: { ArnLike: { 'aws:SourceArn': source.bucketArn } },
        }),
      );
    },
    path: 'Source',
    expect: 'unconfigured',
  },
  {
    name: 'the enforceSSL bucket is the log target (its own policy denies plain HTTP)',
    build: (stack) => {
      stack.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);
      new s3.Bucket(stack, 'Source', { serverAccessLogsBucket: new s3.Bucket(stack, 'Logs', { enforceSSL: true }) });
    },
    path: 'Logs',
    expect: 'configured',
  },
]);
