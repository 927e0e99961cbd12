import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CF_CONTROLS_SOURCE, DISTRIBUTION_CONFIG_SOURCE } from './helpers';

export default defineDuty({
  id: 'cloudfront-distribution-origin-failover',
  title: 'CloudFront distribution has an origin group for failover',
  category: 'resilience',
  resourceTypes: ['AWS::CloudFront::Distribution'],
  awsSide:
    'CloudFront retries a failed origin request on a secondary origin only when the cache behavior targets an origin group with two origins; otherwise viewers get the error.',
  customerSide:
    "Designing for origin failure is the customer's: only an origin group with a primary and a secondary origin keeps serving when the primary fails. Distributions whose origin is itself highly available can ignore this advice.",
  severity: 'info',
  remediation: {
    l2: 'new cloudfront.Distribution(this, id, { defaultBehavior: { origin: new origins.OriginGroup({ primaryOrigin, fallbackOrigin }) } })',
    l1: 'DistributionConfig.OriginGroups: { Quantity: 1, Items: [{ Id, FailoverCriteria, Members: { Quantity: 2, Items: [...] } }] }',
  },
  controls: { fsbp: ['CloudFront.4'], nist: ['CP-10', 'SC-36', 'SC-5(2)', 'SI-13(5)'] },
  sources: [
    `${CF_CONTROLS_SOURCE}#cloudfront-4`,
    DISTRIBUTION_CONFIG_SOURCE,
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/high_availability_origin_failover.html',
  ],
  messages: {
    none: 'The distribution has no origin group with two or more origins.',
  },
  evaluate(ctx) {
    for (const group of ctx.props.at('DistributionConfig.OriginGroups.Items').list() ?? []) {
      const members = group.at('Members.Items').list() ?? [];
      if (members.length >= 2) return configured(`origin group ${group.at('Id').str() ?? '?'} has ${members.length} origins`);
    }
    return unconfigured('none');
  },
});
