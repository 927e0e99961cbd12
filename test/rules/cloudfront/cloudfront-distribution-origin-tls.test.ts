import { Fn } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import { dutyCases } from '../../harness';
import { cfn, httpDistribution, s3Distribution } from './fixtures';

dutyCases('cloudfront-distribution-origin-tls', [
  {
    name: 'the L2 HTTP origin uses the CDK default (TLSv1.2)',
    build: (stack) => httpDistribution(stack),
    path: 'Dist',
    expect: 'configured',
  },
  {
    name: 'the L2 HTTP origin allows SSLv3',
    build: (stack) =>
      httpDistribution(
        stack,
        {},
        new origins.HttpOrigin('origin.example.com', {
          originSslProtocols: [cloudfront.OriginSslPolicy.SSL_V3, cloudfront.OriginSslPolicy.TLS_V1_2],
        }),
      ),
    path: 'Dist',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch removes SSLv3',
    build: (stack) =>
      cfn(
        httpDistribution(
          stack,
          {},
          new origins.HttpOrigin('origin.example.com', { originSslProtocols: [cloudfront.OriginSslPolicy.SSL_V3] }),
        ),
      ).addPropertyOverride('DistributionConfig.Origins.0.CustomOriginConfig.OriginSSLProtocols', ['TLSv1.2']),
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
    name: 'the protocol list is imported',
    build: (stack) =>
      cfn(httpDistribution(stack)).addPropertyOverride(
        'DistributionConfig.Origins.0.CustomOriginConfig.OriginSSLProtocols',
        Fn.split(',', Fn.importValue('Protocols')),
      ),
    path: 'Dist',
    expect: 'unknown',
  },
]);
