import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { behaviors, CF_CONTROLS_SOURCE, TRANSIT_NIST } from './helpers';

export default defineDuty({
  id: 'cloudfront-distribution-viewer-https',
  title: 'CloudFront distribution requires HTTPS from viewers on every cache behavior',
  category: 'data-protection',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  awsSide:
    "CloudFront serves HTTPS at every edge location with the distribution's certificate, but with ViewerProtocolPolicy allow-all it also serves the same content over plain HTTP.",
  customerSide:
    "Protecting data in transit to viewers is the customer's: every cache behavior must redirect HTTP to HTTPS or accept HTTPS only.",
  severity: 'error',
  remediation: {
    l2: 'new cloudfront.Distribution(this, id, { defaultBehavior: { origin, viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS }, ... }) (and on every additionalBehaviors entry)',
    l1: 'DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy and every CacheBehaviors[].ViewerProtocolPolicy: "redirect-to-https" or "https-only"',
  },
  controls: { fsbp: ['CloudFront.3'], nist: TRANSIT_NIST },
  sources: [
    `${CF_CONTROLS_SOURCE}#cloudfront-3`,
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-defaultcachebehavior.html',
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html',
  ],
  messages: {
    allowAll: '{behavior} has ViewerProtocolPolicy {policy}, so viewers can fetch content over plain HTTP.',
  },
  evaluate(ctx) {
    const all = behaviors(ctx.props);
    for (const behavior of all) {
      const policy = behavior.value.at('ViewerProtocolPolicy').str();
      if (policy !== 'redirect-to-https' && policy !== 'https-only') {
        return unconfigured('allowAll', {
          behavior: behavior.name.charAt(0).toUpperCase() + behavior.name.slice(1),
          policy: policy ?? 'not set',
        });
      }
    }
    return configured(`all ${all.length} cache behavior(s) require HTTPS`);
  },
});
