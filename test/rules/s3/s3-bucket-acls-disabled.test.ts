import { CfnCondition, Fn } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';

dutyCases('s3-bucket-acls-disabled', [
  {
    name: 'the L2 bucket leaves objectOwnership unset (S3 defaults to BucketOwnerEnforced)',
    build: (stack) => new s3.Bucket(stack, 'Bucket'),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket sets BUCKET_OWNER_ENFORCED',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED }),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket sets OBJECT_WRITER',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { objectOwnership: s3.ObjectOwnership.OBJECT_WRITER }),
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'the bucket receives server access logs through the LogDeliveryWrite ACL (CDK without the bucket-policy feature flag)',
    build: (stack) => new s3.Bucket(stack, 'Source', { serverAccessLogsBucket: new s3.Bucket(stack, 'Logs') }),
    path: 'Logs',
    expect: 'unconfigured',
  },
  {
    name: 'the bucket receives server access logs through a bucket policy (@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy)',
    build: (stack) => {
      stack.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);
      new s3.Bucket(stack, 'Source', { serverAccessLogsBucket: new s3.Bucket(stack, 'Logs') });
    },
    path: 'Logs',
    expect: 'configured',
  },
  {
    name: 'an escape-hatch override sets BucketOwnerEnforced',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket', { objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED });
      (bucket.node.defaultChild as s3.CfnBucket).addPropertyOverride('OwnershipControls.Rules.0.ObjectOwnership', 'BucketOwnerEnforced');
    },
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'ObjectOwnership is chosen by Fn::If',
    build: (stack) => {
      const cond = new CfnCondition(stack, 'Legacy', { expression: Fn.conditionEquals('a', 'b') });
      new s3.CfnBucket(stack, 'Raw', {
        ownershipControls: {
          rules: [{ objectOwnership: Fn.conditionIf(cond.logicalId, 'ObjectWriter', 'BucketOwnerEnforced').toString() }],
        },
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
