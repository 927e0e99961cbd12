import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CF_CONTROLS_SOURCE, DISTRIBUTION_CONFIG_SOURCE } from './helpers';

export default defineDuty({
  id: 'cloudfront-distribution-waf',
  title: 'CloudFront distribution is protected by an AWS WAF web ACL',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  awsSide:
    'CloudFront absorbs network and transport layer DDoS with AWS Shield Standard at every edge location; AWS WAF inspects HTTP requests against rules only when the distribution names a global (CLOUDFRONT scope) web ACL.',
  customerSide:
    "Filtering malicious web requests is the customer's: a distribution without a web ACL passes injection attempts, bad bots and application-layer floods to the origin.",
  severity: 'warning',
  remediation: {
    l2: 'new cloudfront.Distribution(this, id, { webAclId: webAcl.attrArn, ... }) (web ACL with scope CLOUDFRONT in us-east-1)',
    l1: 'DistributionConfig.WebACLId: the ARN of a CLOUDFRONT-scope AWS::WAFv2::WebACL',
  },
  controls: { fsbp: ['CloudFront.6'], nist: ['AC-4(21)', 'SC-7', 'SI-4'] },
  sources: [
    `${CF_CONTROLS_SOURCE}#cloudfront-6`,
    DISTRIBUTION_CONFIG_SOURCE,
    'https://docs.aws.amazon.com/waf/latest/developerguide/cloudfront-features.html',
  ],
  messages: {
    none: 'The distribution has no DistributionConfig.WebACLId, so no AWS WAF rules inspect its requests.',
  },
  evaluate(ctx) {
    const acl = ctx.props.at('DistributionConfig.WebACLId');
    if (acl.isSet() && (ctx.target(acl) !== undefined || (acl.str() ?? '') !== '')) return configured('DistributionConfig.WebACLId is set');
    return unconfigured('none');
  },
});
