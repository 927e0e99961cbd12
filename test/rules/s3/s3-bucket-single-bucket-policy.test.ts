import { CfnCondition, CfnParameter, Fn } from 'aws-cdk-lib';
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
