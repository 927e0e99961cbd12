import { CfnCondition, CfnParameter, Fn, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';

const statement = (bucket: s3.IBucket) =>
  new iam.PolicyStatement({
    actions: ['s3:GetObject'],
    resources: [bucket.arnForObjects('*')],
    principals: [new iam.AccountRootPrincipal()],
  });

dutyCases('s3-bucket-single-bucket-policy', [
  { name: 'the L2 bucket has no policy', build: (stack) => new s3.Bucket(stack, 'Bucket'), path: 'Bucket', expect: 'configured' },
  {
    name: 'the L2 bucket gathers enforceSSL and a grant in its one policy',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { enforceSSL: true }).grantRead(new iam.AccountRootPrincipal()),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'a second s3.BucketPolicy is added next to the enforceSSL policy',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket', { enforceSSL: true });
      new s3.BucketPolicy(stack, 'Second', { bucket }).document.addStatements(statement(bucket));
    },
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'a second policy may be attached (its Bucket is an Fn::If)',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket', { enforceSSL: true });
      const cond = new CfnCondition(stack, 'C', { expression: Fn.conditionEquals(new CfnParameter(stack, 'P').valueAsString, 'a') });
      new s3.CfnBucketPolicy(stack, 'Second', {
        bucket: Fn.conditionIf(cond.logicalId, bucket.bucketName, 'other-bucket').toString(),
        policyDocument: { Statement: [] },
      });
    },
    path: 'Bucket',
    expect: 'unknown',
  },
]);

const ENV = { account: '111111111111', region: 'us-east-1' };

dutyCases('s3-bucket-single-bucket-policy', [
  {
    name: 'another stack adds a second s3.BucketPolicy to the bucket (a cross-stack reference)',
    build: (stack, app) => {
      const bucket = new s3.Bucket(stack, 'Bucket', { enforceSSL: true });
      const other = new Stack(app, 'Consumer', { env: ENV });
      new s3.BucketPolicy(other, 'Second', { bucket }).document.addStatements(statement(bucket));
    },
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'another stack grants on the bucket through the bucket itself (one policy, cross-stack grant to a role)',
    build: (stack, app) => {
      const bucket = new s3.Bucket(stack, 'Bucket', { enforceSSL: true });
      const other = new Stack(app, 'Consumer', { env: ENV });
      bucket.grantRead(new iam.Role(other, 'Reader', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }));
    },
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'two stacks each give the same imported bucket (Bucket.fromBucketName) a policy',
    build: (stack, app) => {
      const shared = s3.Bucket.fromBucketName(stack, 'Shared', 'shared-data');
      new s3.BucketPolicy(stack, 'Policy', { bucket: shared }).document.addStatements(statement(shared));
      const other = new Stack(app, 'Consumer', { env: ENV });
      const same = s3.Bucket.fromBucketName(other, 'Shared', 'shared-data');
      new s3.BucketPolicy(other, 'Policy', { bucket: same }).document.addStatements(statement(same));
    },
    path: 'Policy',
    expect: 'unconfigured',
  },
  {
    name: 'one stack gives an imported bucket its only policy',
    build: (stack) => {
      const shared = s3.Bucket.fromBucketName(stack, 'Shared', 'shared-data');
      new s3.BucketPolicy(stack, 'Policy', { bucket: shared }).document.addStatements(statement(shared));
    },
    path: 'Policy',
    expect: 'configured',
  },
  {
    name: 'a policy on an imported bucket, while another policy names its bucket by a parameter',
    build: (stack, app) => {
      const shared = s3.Bucket.fromBucketName(stack, 'Shared', 'shared-data');
      new s3.BucketPolicy(stack, 'Policy', { bucket: shared }).document.addStatements(statement(shared));
      const other = new Stack(app, 'Consumer', { env: ENV });
      const named = s3.Bucket.fromBucketName(other, 'Named', new CfnParameter(other, 'BucketName').valueAsString);
      new s3.CfnBucketPolicy(other, 'Policy', { bucket: Fn.join('', [named.bucketName, '']), policyDocument: { Statement: [] } });
    },
    path: 'Policy',
    expect: 'unknown',
  },
]);
