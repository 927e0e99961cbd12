import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { TRANSIT_NIST } from './helpers';

/** Viewer security policies that accept TLS 1.2 or later only. */
const TLS12_POLICIES = /^TLSv1\.[23]_\d{4}$/;

export default defineDuty({
  id: 'cloudfront-distribution-viewer-tls12',
  title: 'CloudFront distribution requires TLS 1.2 or later from viewers',
  category: 'data-protection',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  awsSide:
    "CloudFront negotiates TLS with viewers using the distribution's security policy; with the default *.cloudfront.net certificate CloudFront sets the policy to TLSv1 regardless of MinimumProtocolVersion, and older policies accept TLS 1.0 and 1.1.",
  customerSide:
    "Choosing the security policy is the customer's: only an alternate domain name with its own certificate and a TLSv1.2_2021 (or newer) policy refuses viewers that negotiate deprecated TLS versions.",
  severity: 'warning',
  remediation: {
    l2: 'new cloudfront.Distribution(this, id, { domainNames: [...], certificate, minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021, ... })',
    l1: 'DistributionConfig.ViewerCertificate: { AcmCertificateArn: ..., SslSupportMethod: "sni-only", MinimumProtocolVersion: "TLSv1.2_2021" }',
  },
  controls: { fsbp: [], nist: TRANSIT_NIST },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-viewercertificate.html',
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html',
    'https://docs.aws.amazon.com/config/latest/developerguide/cloudfront-security-policy-check.html',
  ],
  messages: {
    defaultCertificate:
      'The distribution uses the default CloudFront certificate (*.cloudfront.net), for which CloudFront fixes the security policy at TLSv1, so viewers may connect with TLS 1.0 and 1.1.',
    weakPolicy: "The distribution's MinimumProtocolVersion is {policy}, which accepts TLS versions older than 1.2.",
  },
  evaluate(ctx) {
    const certificate = ctx.props.at('DistributionConfig.ViewerCertificate');
    const custom = certificate.at('AcmCertificateArn').isSet() || certificate.at('IamCertificateId').isSet();
    if (!custom) return unconfigured('defaultCertificate');
    const policy = certificate.at('MinimumProtocolVersion').str();
    if (policy === undefined || !TLS12_POLICIES.test(policy)) return unconfigured('weakPolicy', { policy: policy ?? 'not set' });
    return configured(`MinimumProtocolVersion is ${policy}`);
  },
});
