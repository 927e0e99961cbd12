import { defineDuty } from '../../lib/model/duty';
import { configured, needsAttestation } from '../../lib/model/verdict';

export default defineDuty({
  id: 'account-multi-region-trail',
  title: 'A multi-Region CloudTrail trail records management events',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::Account'],
  awsSide:
    'AWS keeps 90 days of management events in the CloudTrail event history at no charge; retaining them, across Regions, requires a trail that the customer creates.',
  customerSide:
    "An audit record of who did what is the customer's: keep at least one multi-Region trail (or an organization trail) that logs read and write management events.",
  attestable: true,
  severity: 'warning',
  remediation: {
    l2: 'new cloudtrail.Trail(this, id) (multi-Region by default)',
    l1: 'AWS::CloudTrail::Trail with IsMultiRegionTrail: true and IsLogging: true, management events included (or attest an organization trail)',
  },
  controls: {
    fsbp: ['CloudTrail.1'],
    nist: ['AC-2(4)', 'AC-4(26)', 'AC-6(9)', 'AU-10', 'AU-12', 'AU-2', 'AU-3', 'AU-6(3)', 'AU-6(4)', 'CA-7', 'SC-7(9)', 'SI-7(8)'],
  },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-1',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudtrail-trail.html',
  ],
  messages: {},
  evaluate(ctx) {
    for (const trail of ctx.index.ofType('AWS::CloudTrail::Trail')) {
      const p = ctx.propsOf(trail);
      if (p.at('IsMultiRegionTrail').bool() !== true || p.at('IsLogging').bool() !== true) continue;
      const selectors = p.at('EventSelectors').list() ?? [];
      // With no event selectors a trail logs all management events; with some, one must include them for reads and writes.
      const management =
        selectors.length === 0 ||
        selectors.some((s) => s.at('IncludeManagementEvents').bool() !== false && (s.at('ReadWriteType').str() ?? 'All') === 'All');
      if (management) return configured(`trail ${trail.logicalId} is multi-Region and logs management events`);
    }
    return needsAttestation(
      'No multi-Region trail logging management events is defined in this app; attest that one exists for the account (an organization trail counts).',
    );
  },
});
