import { CfnParameter } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { dutyCases } from '../../harness';
import { certificate, cfn, httpDistribution } from './fixtures';

dutyCases('cloudfront-distribution-sni', [
  {
    name: 'the L2 distribution serves its certificate with the CDK default (SNI)',
    build: (stack) => httpDistribution(stack, { domainNames: ['www.example.com'], certificate: certificate(stack) }),
    path: 'Dist',
    expect: 'configured',
  },
  {
    name: 'the L2 distribution uses a dedicated IP (vip)',
    build: (stack) =>
      httpDistribution(stack, {
        domainNames: ['www.example.com'],
        certificate: certificate(stack),
        sslSupportMethod: cloudfront.SSLMethod.VIP,
      }),
    path: 'Dist',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch switches vip to sni-only',
    build: (stack) =>
      cfn(
        httpDistribution(stack, {
          domainNames: ['www.example.com'],
          certificate: certificate(stack),
          sslSupportMethod: cloudfront.SSLMethod.VIP,
        }),
      ).addPropertyOverride('DistributionConfig.ViewerCertificate.SslSupportMethod', 'sni-only'),
    path: 'Dist',
    expect: 'configured',
  },
  {
    name: 'the distribution uses the default CloudFront certificate',
    build: (stack) => httpDistribution(stack),
    path: 'Dist',
    expect: 'not-applicable',
  },
  {
    name: 'the support method is a parameter',
    build: (stack) =>
      cfn(httpDistribution(stack, { domainNames: ['www.example.com'], certificate: certificate(stack) })).addPropertyOverride(
        'DistributionConfig.ViewerCertificate.SslSupportMethod',
        new CfnParameter(stack, 'M').valueAsString,
      ),
    path: 'Dist',
    expect: 'unknown',
  },
]);
