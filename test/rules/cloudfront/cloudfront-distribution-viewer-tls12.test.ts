import { CfnParameter } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { dutyCases } from '../../harness';
import { certificate, cfn, httpDistribution } from './fixtures';

dutyCases('cloudfront-distribution-viewer-tls12', [
  {
    name: 'the L2 distribution has a custom domain with the CDK default TLSv1.2_2021',
    build: (stack) => httpDistribution(stack, { domainNames: ['www.example.com'], certificate: certificate(stack) }),
    path: 'Dist',
    expect: 'configured',
  },
  {
    name: 'the L2 distribution uses the default CloudFront certificate',
    build: (stack) => httpDistribution(stack),
    path: 'Dist',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 distribution sets TLSv1.1_2016',
    build: (stack) =>
      httpDistribution(stack, {
        domainNames: ['www.example.com'],
        certificate: certificate(stack),
        minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_1_2016,
      }),
    path: 'Dist',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch raises the minimum to TLSv1.2_2021',
    build: (stack) => {
      const d = httpDistribution(stack, {
        domainNames: ['www.example.com'],
        certificate: certificate(stack),
        minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2016,
      });
      cfn(d).addPropertyOverride('DistributionConfig.ViewerCertificate.MinimumProtocolVersion', 'TLSv1.2_2021');
    },
    path: 'Dist',
    expect: 'configured',
  },
  {
    name: 'the minimum protocol version is a parameter',
    build: (stack) => {
      const d = httpDistribution(stack, { domainNames: ['www.example.com'], certificate: certificate(stack) });
      cfn(d).addPropertyOverride(
        'DistributionConfig.ViewerCertificate.MinimumProtocolVersion',
        new CfnParameter(stack, 'Min').valueAsString,
      );
    },
    path: 'Dist',
    expect: 'unknown',
  },
]);
