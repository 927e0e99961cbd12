import { defineDuty } from '../../lib/model/duty';
import { configured, needsAttestation } from '../../lib/model/verdict';

export default defineDuty({
  id: 'account-guardduty-enabled',
  title: 'GuardDuty is enabled in the account and Region',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::Account'],
  awsSide:
    "AWS runs GuardDuty's threat detection on CloudTrail, VPC flow and DNS logs once a detector is enabled; it is off until the customer enables it.",
  customerSide:
    "Detecting threats against the account is the customer's duty: enable a GuardDuty detector in every account and Region, usually from the organization's delegated administrator.",
  attestable: true,
  severity: 'warning',
  remediation: {
    l2: 'new guardduty.CfnDetector(this, id, { enable: true })',
    l1: 'AWS::GuardDuty::Detector with Enable: true (or attest that the organization enables GuardDuty centrally)',
  },
  controls: { fsbp: ['GuardDuty.1'], nist: ['AC-2(12)', 'AU-6(1)', 'CA-7', 'SI-4'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-1',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-guardduty-detector.html',
  ],
  messages: {},
  evaluate(ctx) {
    for (const d of ctx.index.ofType('AWS::GuardDuty::Detector')) {
      if (ctx.propsOf(d).at('Enable').bool() === true) return configured(`detector ${d.logicalId} is enabled`);
    }
    return needsAttestation(
      "No enabled GuardDuty detector is defined in this app; attest that GuardDuty is enabled for the account and Region (for example by the organization's delegated administrator).",
    );
  },
});
