import { Fn } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import { dutyCases } from '../../harness';
import { cfn, httpDistribution, s3Distribution } from './fixtures';

dutyCases('cloudfront-distribution-origin-https', [
  {
    name: 'the L2 HTTP origin uses the CDK default (https-only)',
    build: (stack) => httpDistribution(stack),
    path: 'Dist',
    expect: 'configured',
  },
  {
    name: 'the L2 HTTP origin uses http-only',
    build: (stack) =>
      httpDistribution(
        stack,
        {},
        new origins.HttpOrigin('origin.example.com', { protocolPolicy: cloudfront.OriginProtocolPolicy.HTTP_ONLY }),
      ),
    path: 'Dist',
    expect: 'unconfigured',
  },
  {
    name: 'a match-viewer origin sits behind an allow-all behavior',
    build: (stack) =>
      new cloudfront.Distribution(stack, 'Dist', {
        defaultBehavior: {
          origin: new origins.HttpOrigin('origin.example.com', { protocolPolicy: cloudfront.OriginProtocolPolicy.MATCH_VIEWER }),
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.ALLOW_ALL,
        },
      }),
    path: 'Dist',
    expect: 'unconfigured',
  },
  {
    name: 'a match-viewer origin sits behind a redirect-to-https behavior',
    build: (stack) =>
      httpDistribution(
        stack,
        {},
        new origins.HttpOrigin('origin.example.com', { protocolPolicy: cloudfront.OriginProtocolPolicy.MATCH_VIEWER }),
      ),
    path: 'Dist',
    expect: 'configured',
  },
  {
    name: 'an escape hatch switches http-only to https-only',
    build: (stack) =>
      cfn(
        httpDistribution(
          stack,
          {},
          new origins.HttpOrigin('origin.example.com', { protocolPolicy: cloudfront.OriginProtocolPolicy.HTTP_ONLY }),
        ),
      ).addPropertyOverride('DistributionConfig.Origins.0.CustomOriginConfig.OriginProtocolPolicy', 'https-only'),
    path: 'Dist',
    expect: 'configured',
  },
  {
    name: 'the distribution only has an S3 REST origin',
    build: (stack) => s3Distribution(stack),
    path: 'Dist',
    expect: 'not-applicable',
  },
  {
    name: 'the origin protocol policy is imported',
    build: (stack) =>
      cfn(httpDistribution(stack)).addPropertyOverride(
        'DistributionConfig.Origins.0.CustomOriginConfig.OriginProtocolPolicy',
        Fn.importValue('Policy'),
      ),
    path: 'Dist',
    expect: 'unknown',
  },
]);
