import { CfnCondition, CfnParameter, Fn } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';

dutyCases('s3-bucket-block-public-access', [
  {
    name: 'the L2 bucket leaves blockPublicAccess unset (S3 blocks all public access on new buckets)',
    build: (stack) => new s3.Bucket(stack, 'Bucket'),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket sets BlockPublicAccess.BLOCK_ALL',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL }),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket sets BlockPublicAccess.BLOCK_ACLS_ONLY',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY }),
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 bucket sets only blockPublicPolicy, so the three settings left out are false',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { blockPublicAccess: new s3.BlockPublicAccess({ blockPublicPolicy: true }) }),
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'the publicAccessBlockedByDefault feature flag fills the settings left out with true',
    build: (stack) => {
      stack.node.setContext('@aws-cdk/aws-s3:publicAccessBlockedByDefault', true);
      new s3.Bucket(stack, 'Bucket', { blockPublicAccess: new s3.BlockPublicAccess({ blockPublicPolicy: true }) });
    },
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'an L1 bucket turns BlockPublicAcls off',
    build: (stack) =>
      new s3.CfnBucket(stack, 'Raw', {
        publicAccessBlockConfiguration: {
          blockPublicAcls: false,
          ignorePublicAcls: true,
          blockPublicPolicy: true,
          restrictPublicBuckets: true,
        },
      }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override turns all four settings back on',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY });
      (bucket.node.defaultChild as s3.CfnBucket).addPropertyOverride('PublicAccessBlockConfiguration', {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      });
    },
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'RestrictPublicBuckets is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Restrict', { type: 'String', allowedValues: ['true', 'false'] });
      new s3.CfnBucket(stack, 'Raw', {
        publicAccessBlockConfiguration: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: true,
          restrictPublicBuckets: p.valueAsString as unknown as boolean,
        },
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'the whole configuration is chosen by Fn::If',
    build: (stack) => {
      const cond = new CfnCondition(stack, 'IsProd', { expression: Fn.conditionEquals('a', 'b') });
      const bucket = new s3.Bucket(stack, 'Bucket');
      (bucket.node.defaultChild as s3.CfnBucket).addPropertyOverride(
        'PublicAccessBlockConfiguration',
        Fn.conditionIf(
          cond.logicalId,
          { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
          { BlockPublicAcls: false },
        ),
      );
    },
    path: 'Bucket',
    expect: 'unknown',
  },
  {
    name: 'neither configuration an Fn::If chooses blocks everything',
    build: (stack) => {
      const cond = new CfnCondition(stack, 'IsProd', { expression: Fn.conditionEquals('a', 'b') });
      const bucket = new s3.Bucket(stack, 'Bucket');
      (bucket.node.defaultChild as s3.CfnBucket).addPropertyOverride(
        'PublicAccessBlockConfiguration',
        Fn.conditionIf(cond.logicalId, { BlockPublicAcls: true }, { BlockPublicAcls: false }),
      );
    },
    path: 'Bucket',
    expect: 'unconfigured',
  },
]);
