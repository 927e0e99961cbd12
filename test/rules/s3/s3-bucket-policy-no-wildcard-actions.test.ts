import { CfnParameter, RemovalPolicy } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';

const grantAll = (bucket: s3.IBucket, principal: iam.IPrincipal, actions = ['s3:*']) =>
  bucket.addToResourcePolicy(
    new iam.PolicyStatement({ actions, resources: [bucket.bucketArn, bucket.arnForObjects('*')], principals: [principal] }),
  );

dutyCases('s3-bucket-policy-no-wildcard-actions', [
  {
    name: "CDK's own bucket policies name their actions (enforceSSL, autoDeleteObjects, grantRead to another account, a CloudFront origin)",
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket', { enforceSSL: true, autoDeleteObjects: true, removalPolicy: RemovalPolicy.DESTROY });
      bucket.grantRead(new iam.AccountPrincipal('222222222222'));
      new cloudfront.Distribution(stack, 'Cdn', { defaultBehavior: { origin: origins.S3BucketOrigin.withOriginAccessControl(bucket) } });
    },
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the bucket policy grants s3:* to another account',
    build: (stack) => grantAll(new s3.Bucket(stack, 'Bucket'), new iam.AccountPrincipal('222222222222')),
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'a bucket policy on an imported bucket grants "*" to a role',
    build: (stack) => {
      const policy = new s3.CfnBucketPolicy(stack, 'Policy', {
        bucket: 'shared-data',
        policyDocument: {
          Statement: [
            {
              Effect: 'Allow',
              Action: '*',
              Resource: 'arn:aws:s3:::shared-data/*',
              Principal: { AWS: 'arn:aws:iam::222222222222:role/etl' },
            },
          ],
        },
      });
      return policy;
    },
    path: 'Policy',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override narrows the bucket policy to s3:GetObject',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket');
      grantAll(bucket, new iam.AccountPrincipal('222222222222'));
      (bucket.policy!.node.defaultChild as s3.CfnBucketPolicy).addPropertyOverride('PolicyDocument.Statement.0.Action', 's3:GetObject');
    },
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the principal granted s3:* is a parameter',
    build: (stack) => grantAll(new s3.Bucket(stack, 'Bucket'), new iam.ArnPrincipal(new CfnParameter(stack, 'Reader').valueAsString)),
    path: 'Bucket',
    expect: 'unknown',
  },
]);
