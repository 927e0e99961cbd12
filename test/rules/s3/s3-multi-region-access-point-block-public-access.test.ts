import { Fn } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';

const mrap = (stack: import('aws-cdk-lib').Stack, props: Partial<s3.CfnMultiRegionAccessPointProps> = {}) =>
  new s3.CfnMultiRegionAccessPoint(stack, 'Mrap', { regions: [{ bucket: new s3.Bucket(stack, 'Bucket').bucketName }], ...props });

dutyCases('s3-multi-region-access-point-block-public-access', [
  {
    name: 'the Multi-Region Access Point leaves PublicAccessBlockConfiguration unset (S3 enables all four)',
    build: (stack) => mrap(stack),
    path: 'Mrap',
    expect: 'configured',
  },
  {
    name: 'the Multi-Region Access Point sets all four settings to true',
    build: (stack) =>
      mrap(stack, {
        publicAccessBlockConfiguration: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: true,
          restrictPublicBuckets: true,
        },
      }),
    path: 'Mrap',
    expect: 'configured',
  },
  {
    name: 'the Multi-Region Access Point turns IgnorePublicAcls off',
    build: (stack) => mrap(stack, { publicAccessBlockConfiguration: { ignorePublicAcls: false } }),
    path: 'Mrap',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override removes the configuration that turned settings off',
    build: (stack) =>
      mrap(stack, { publicAccessBlockConfiguration: { blockPublicAcls: false } }).addPropertyDeletionOverride(
        'PublicAccessBlockConfiguration',
      ),
    path: 'Mrap',
    expect: 'configured',
  },
  {
    name: 'BlockPublicAcls is an import',
    build: (stack) =>
      mrap(stack, { publicAccessBlockConfiguration: { blockPublicAcls: Fn.importValue('BlockAcls') as unknown as boolean } }),
    path: 'Mrap',
    expect: 'unknown',
  },
]);
