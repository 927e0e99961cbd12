import { CfnParameter } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import { dutyCases } from '../../harness';
import { cfn, httpDistribution } from './fixtures';

dutyCases('cloudfront-distribution-viewer-https', [
  {
    name: 'the L2 default behavior redirects to HTTPS',
    build: (stack) => httpDistribution(stack),
    path: 'Dist',
    expect: 'configured',
  },
  {
    name: 'the L2 distribution keeps the CDK default viewer protocol policy (allow-all)',
    build: (stack) =>
      new cloudfront.Distribution(stack, 'Dist', { defaultBehavior: { origin: new origins.HttpOrigin('origin.example.com') } }),
    path: 'Dist',
    expect: 'unconfigured',
  },
  {
    name: 'an additional behavior allows HTTP',
    build: (stack) =>
      httpDistribution(stack, {
        additionalBehaviors: {
          '/legacy/*': {
            origin: new origins.HttpOrigin('legacy.example.com'),
            viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.ALLOW_ALL,
          },
        },
      }),
    path: 'Dist',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch sets https-only',
    build: (stack) => {
      const d = new cloudfront.Distribution(stack, 'Dist', { defaultBehavior: { origin: new origins.HttpOrigin('origin.example.com') } });
      cfn(d).addPropertyOverride('DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy', 'https-only');
    },
    path: 'Dist',
    expect: 'configured',
  },
  {
    name: 'the viewer protocol policy is a parameter',
    build: (stack) =>
      cfn(httpDistribution(stack)).addPropertyOverride(
        'DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy',
        new CfnParameter(stack, 'Vpp').valueAsString,
      ),
    path: 'Dist',
    expect: 'unknown',
  },
]);
