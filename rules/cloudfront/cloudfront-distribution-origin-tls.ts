import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { CF_CONTROLS_SOURCE, origins, TRANSIT_NIST } from './helpers';

export default defineDuty({
  id: 'cloudfront-distribution-origin-tls',
  title: 'CloudFront distribution does not offer SSLv3 to its custom origins',
  category: 'data-protection',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  awsSide:
    "CloudFront negotiates HTTPS with a custom origin using the highest protocol in the origin's OriginSSLProtocols that the origin supports; it uses SSLv3 only when the customer lists it.",
  customerSide:
    "Choosing which protocols CloudFront may fall back to is the customer's: listing SSLv3 lets a misconfigured or downgraded origin connection use a broken protocol.",
  severity: 'warning',
  remediation: {
    l2: 'new origins.HttpOrigin(domainName, { originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2] }) (the CDK default)',
    l1: 'Origins[].CustomOriginConfig.OriginSSLProtocols: ["TLSv1.2"]',
  },
  controls: { fsbp: ['CloudFront.10'], nist: TRANSIT_NIST },
  sources: [
    `${CF_CONTROLS_SOURCE}#cloudfront-10`,
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-customoriginconfig.html',
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesOrigin.html#DownloadDistValuesOriginSSLProtocols',
  ],
  messages: {
    sslv3: 'The custom origin {origin} lists SSLv3 in OriginSSLProtocols ({protocols}).',
  },
  evaluate(ctx) {
    const custom = origins(ctx.props).filter((o) => o.at('CustomOriginConfig').raw !== undefined);
    if (custom.length === 0) return notApplicable('the distribution has no custom origin');
    for (const origin of custom) {
      const protocols = (origin.at('CustomOriginConfig.OriginSSLProtocols').list() ?? []).map((p) => p.str() ?? '');
      if (protocols.includes('SSLv3'))
        return unconfigured('sslv3', { origin: origin.at('Id').str() ?? '?', protocols: protocols.join(', ') });
    }
    return configured('no custom origin lists SSLv3');
  },
});
