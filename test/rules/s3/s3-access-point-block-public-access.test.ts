import { CfnParameter } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';

const accessPoint = (stack: import('aws-cdk-lib').Stack, props: Partial<s3.CfnAccessPointProps> = {}) =>
  new s3.CfnAccessPoint(stack, 'AccessPoint', { bucket: new s3.Bucket(stack, 'Bucket').bucketName, ...props });

dutyCases('s3-access-point-block-public-access', [
  {
    name: 'the access point leaves PublicAccessBlockConfiguration unset (S3 enables all four)',
    build: (stack) => accessPoint(stack),
    path: 'AccessPoint',
    expect: 'configured',
  },
  {
    name: 'the access point sets all four settings to true',
    build: (stack) =>
      accessPoint(stack, {
        publicAccessBlockConfiguration: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: true,
          restrictPublicBuckets: true,
        },
      }),
    path: 'AccessPoint',
    expect: 'configured',
  },
  {
    name: 'the access point turns BlockPublicPolicy and RestrictPublicBuckets off',
    build: (stack) => accessPoint(stack, { publicAccessBlockConfiguration: { blockPublicPolicy: false, restrictPublicBuckets: false } }),
    path: 'AccessPoint',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override turns RestrictPublicBuckets back on',
    build: (stack) => {
      const ap = accessPoint(stack, { publicAccessBlockConfiguration: { restrictPublicBuckets: false } });
      ap.addPropertyOverride('PublicAccessBlockConfiguration.RestrictPublicBuckets', true);
    },
    path: 'AccessPoint',
    expect: 'configured',
  },
  {
    name: 'BlockPublicPolicy is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Block', { allowedValues: ['true', 'false'] });
      const ap = accessPoint(stack);
      ap.addPropertyOverride('PublicAccessBlockConfiguration.BlockPublicPolicy', p.valueAsString);
    },
    path: 'AccessPoint',
    expect: 'unknown',
  },
]);
