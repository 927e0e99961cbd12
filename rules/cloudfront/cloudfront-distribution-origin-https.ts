import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { behaviors, CF_CONTROLS_SOURCE, origins, TRANSIT_NIST } from './helpers';

export default defineDuty({
  id: 'cloudfront-distribution-origin-https',
  title: 'CloudFront distribution encrypts traffic to its custom origins',
  category: 'data-protection',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  awsSide:
    'CloudFront connects to a custom origin with the protocol of its OriginProtocolPolicy: http-only sends every request in plain text, and match-viewer does so for each viewer request that arrives over HTTP.',
  customerSide:
    "Protecting data between CloudFront and the origin is the customer's: custom origins must use https-only, or match-viewer only behind behaviors that require HTTPS from viewers.",
  severity: 'error',
  remediation: {
    l2: 'new origins.HttpOrigin(domainName, { protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY }) (the CDK default; LoadBalancerV2Origin likewise)',
    l1: 'Origins[].CustomOriginConfig.OriginProtocolPolicy: "https-only"',
  },
  controls: { fsbp: ['CloudFront.9'], nist: TRANSIT_NIST },
  sources: [
    `${CF_CONTROLS_SOURCE}#cloudfront-9`,
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-customoriginconfig.html',
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html',
  ],
  messages: {
    httpOnly: 'The custom origin {origin} has OriginProtocolPolicy http-only, so CloudFront fetches it over plain HTTP.',
    matchViewer:
      'The custom origin {origin} has OriginProtocolPolicy match-viewer while {behavior} allows HTTP viewers, so those requests reach the origin over plain HTTP.',
  },
  evaluate(ctx) {
    const custom = origins(ctx.props).filter((o) => o.at('CustomOriginConfig').raw !== undefined);
    if (custom.length === 0) return notApplicable('the distribution has no custom origin');
    const all = behaviors(ctx.props);
    for (const origin of custom) {
      const id = origin.at('Id').str() ?? '?';
      const policy = origin.at('CustomOriginConfig.OriginProtocolPolicy').str();
      if (policy === 'http-only') return unconfigured('httpOnly', { origin: id });
      if (policy === 'match-viewer') {
        for (const behavior of all) {
          if (behavior.value.at('TargetOriginId').str() !== id) continue;
          if (behavior.value.at('ViewerProtocolPolicy').str() === 'allow-all')
            return unconfigured('matchViewer', { origin: id, behavior: behavior.name });
        }
      }
    }
    return configured(`all ${custom.length} custom origin(s) are reached over HTTPS`);
  },
});
