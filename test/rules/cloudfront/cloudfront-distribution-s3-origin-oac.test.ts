import { CfnParameter } from 'aws-cdk-lib';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';
import { cfn, httpDistribution, s3Distribution } from './fixtures';

dutyCases('cloudfront-distribution-s3-origin-oac', [
  {
    name: 'the L2 S3 origin uses origin access control',
    build: (stack) => s3Distribution(stack),
    path: 'Dist',
    expect: 'configured',
  },
  {
    name: 'the L2 S3 origin uses a legacy origin access identity',
    build: (stack) => httpDistribution(stack, {}, origins.S3BucketOrigin.withOriginAccessIdentity(new s3.Bucket(stack, 'Bucket'))),
    path: 'Dist',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 S3 origin has no origin access at all',
    build: (stack) => httpDistribution(stack, {}, origins.S3BucketOrigin.withBucketDefaults(new s3.Bucket(stack, 'Bucket'))),
    path: 'Dist',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch adds an OriginAccessControlId',
    build: (stack) =>
      cfn(httpDistribution(stack, {}, origins.S3BucketOrigin.withBucketDefaults(new s3.Bucket(stack, 'Bucket')))).addPropertyOverride(
        'DistributionConfig.Origins.0.OriginAccessControlId',
        'E2QWRUHAPOMQZL',
      ),
    path: 'Dist',
    expect: 'configured',
  },
  {
    name: 'the distribution only has custom origins',
    build: (stack) => httpDistribution(stack),
    path: 'Dist',
    expect: 'not-applicable',
  },
  {
    name: 'the origin access control id is a parameter',
    build: (stack) =>
      cfn(httpDistribution(stack, {}, origins.S3BucketOrigin.withBucketDefaults(new s3.Bucket(stack, 'Bucket')))).addPropertyOverride(
        'DistributionConfig.Origins.0.OriginAccessControlId',
        new CfnParameter(stack, 'Oac').valueAsString,
      ),
    path: 'Dist',
    expect: 'unknown',
  },
]);
