import { CfnParameter } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';

dutyCases('s3-bucket-acl-no-public-access', [
  {
    name: 'the L2 bucket sets no accessControl',
    build: (stack) => new s3.Bucket(stack, 'Bucket'),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket sets accessControl PRIVATE',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { accessControl: s3.BucketAccessControl.PRIVATE }),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket sets PUBLIC_READ but keeps the default Block Public Access (S3 ignores public ACLs)',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { accessControl: s3.BucketAccessControl.PUBLIC_READ }),
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'the L2 bucket sets PUBLIC_READ and a Block Public Access configuration without IgnorePublicAcls',
    build: (stack) =>
      new s3.Bucket(stack, 'Bucket', {
        accessControl: s3.BucketAccessControl.PUBLIC_READ,
        blockPublicAccess: new s3.BlockPublicAccess({ blockPublicPolicy: true }),
      }),
    path: 'Bucket',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 bucket sets PublicReadWrite and turns IgnorePublicAcls off',
    build: (stack) =>
      new s3.CfnBucket(stack, 'Raw', {
        accessControl: 'PublicReadWrite',
        ownershipControls: { rules: [{ objectOwnership: 'ObjectWriter' }] },
        publicAccessBlockConfiguration: {
          blockPublicAcls: false,
          ignorePublicAcls: false,
          blockPublicPolicy: true,
          restrictPublicBuckets: true,
        },
      }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override turns IgnorePublicAcls on',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket', {
        accessControl: s3.BucketAccessControl.AUTHENTICATED_READ,
        blockPublicAccess: new s3.BlockPublicAccess({ blockPublicPolicy: true }),
      });
      (bucket.node.defaultChild as s3.CfnBucket).addPropertyOverride('PublicAccessBlockConfiguration.IgnorePublicAcls', true);
    },
    path: 'Bucket',
    expect: 'configured',
  },
  {
    name: 'AccessControl is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Acl');
      new s3.CfnBucket(stack, 'Raw', { accessControl: p.valueAsString });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
