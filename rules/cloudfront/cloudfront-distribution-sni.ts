import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { CF_CONTROLS_SOURCE, TRANSIT_NIST } from './helpers';

export default defineDuty({
  id: 'cloudfront-distribution-sni',
  title: 'CloudFront distribution serves its custom certificate with SNI',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  awsSide:
    'CloudFront serves a custom certificate either with SNI, which all modern clients support, or from dedicated IP addresses at every edge location (vip), which exists only for legacy clients and is billed separately.',
  customerSide:
    "Choosing how the certificate is served is the customer's: sni-only is the recommended method; vip keeps support for clients too old to negotiate current TLS.",
  severity: 'info',
  remediation: {
    l2: 'new cloudfront.Distribution(this, id, { certificate, sslSupportMethod: cloudfront.SSLMethod.SNI, ... }) (the CDK default)',
    l1: 'DistributionConfig.ViewerCertificate.SslSupportMethod: "sni-only"',
  },
  controls: { fsbp: ['CloudFront.8'], nist: TRANSIT_NIST },
  sources: [
    `${CF_CONTROLS_SOURCE}#cloudfront-8`,
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-viewercertificate.html',
  ],
  messages: {
    dedicatedIp: 'The distribution serves its custom certificate with SslSupportMethod {method} instead of sni-only.',
  },
  evaluate(ctx) {
    const certificate = ctx.props.at('DistributionConfig.ViewerCertificate');
    if (!certificate.at('AcmCertificateArn').isSet() && !certificate.at('IamCertificateId').isSet()) {
      return notApplicable('the distribution uses the default CloudFront certificate');
    }
    const method = certificate.at('SslSupportMethod').str();
    if (method === 'sni-only') return configured('SslSupportMethod is sni-only');
    return unconfigured('dedicatedIp', { method: method ?? 'not set' });
  },
});
