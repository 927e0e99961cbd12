import { CfnParameter } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { cfn, httpDistribution, s3Distribution } from './fixtures';

dutyCases('cloudfront-distribution-default-root-object', [
  {
    name: 'the L2 S3 distribution sets defaultRootObject',
    build: (stack) => s3Distribution(stack, { defaultRootObject: 'index.html' }),
    path: 'Dist',
    expect: 'configured',
  },
  {
    name: 'the L2 S3 distribution has its defaults',
    build: (stack) => s3Distribution(stack),
    path: 'Dist',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch sets DefaultRootObject',
    build: (stack) => cfn(s3Distribution(stack)).addPropertyOverride('DistributionConfig.DefaultRootObject', 'index.html'),
    path: 'Dist',
    expect: 'configured',
  },
  {
    name: 'the default behavior serves a custom origin',
    build: (stack) => httpDistribution(stack),
    path: 'Dist',
    expect: 'not-applicable',
  },
  {
    name: 'the default root object is a parameter',
    build: (stack) => s3Distribution(stack, { defaultRootObject: new CfnParameter(stack, 'Root').valueAsString }),
    path: 'Dist',
    expect: 'unknown',
  },
]);
