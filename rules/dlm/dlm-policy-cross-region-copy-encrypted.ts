import { defineDuty } from '../../lib/model/duty';
import type { Value } from '../../lib/model/value';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';

const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference';

/** Where a policy asks for cross-Region copies: each copy rule of a schedule, and each copy action of an event-based policy. */
function copyRules(props: Value): { path: string; encrypted: Value; target: Value }[] {
  const rules: { path: string; encrypted: Value; target: Value }[] = [];
  for (const schedule of props.at('PolicyDetails.Schedules').list() ?? []) {
    for (const rule of schedule.at('CrossRegionCopyRules').list() ?? [])
      rules.push({
        path: rule.path,
        encrypted: rule.at('Encrypted'),
        target: rule.at('TargetRegion').isSet() ? rule.at('TargetRegion') : rule.at('Target'),
      });
  }
  for (const action of props.at('PolicyDetails.Actions').list() ?? []) {
    for (const copy of action.at('CrossRegionCopy').list() ?? [])
      rules.push({ path: copy.path, encrypted: copy.at('EncryptionConfiguration.Encrypted'), target: copy.at('Target') });
  }
  return rules;
}

export default defineDuty({
  id: 'dlm-policy-cross-region-copy-encrypted',
  title: 'Data Lifecycle Manager policy encrypts its cross-Region copies',
  category: 'data-protection',
  resourceTypes: ['AWS::DLM::LifecyclePolicy'],
  awsSide:
    "Amazon Data Lifecycle Manager keeps copies of encrypted snapshots encrypted, even when a copy rule's Encrypted is false. A copy of an unencrypted snapshot is encrypted only when the rule sets Encrypted (with CmkArn, or the account's default EBS key) or EBS encryption by default is on in the destination Region.",
  customerSide:
    "Keeping the copies a policy sends to other Regions encrypted is the customer's: each cross-Region copy rule (and copy action) should set Encrypted: true, so a copy of an unencrypted source snapshot is not stored unencrypted far from where it was made.",
  severity: 'warning',
  remediation: {
    l1: 'PolicyDetails: { Schedules: [{ CrossRegionCopyRules: [{ TargetRegion, Encrypted: true, CmkArn: <key ARN in the target Region> }] }] } (event-based: Actions[].CrossRegionCopy[].EncryptionConfiguration: { Encrypted: true, CmkArn })',
  },
  controls: { fsbp: [], nist: ['SC-13', 'SC-28', 'SC-28(1)', 'CP-9(8)'] },
  sources: [
    `${CFN}/aws-properties-dlm-lifecyclepolicy-crossregioncopyrule.html#cfn-dlm-lifecyclepolicy-crossregioncopyrule-encrypted`,
    `${CFN}/aws-properties-dlm-lifecyclepolicy-encryptionconfiguration.html`,
    `${CFN}/aws-properties-dlm-lifecyclepolicy-crossregioncopytarget.html`,
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/snapshot-lifecycle.html',
  ],
  messages: {
    notEncrypted:
      '{path}.Encrypted is {value}, so copies sent to {target} of snapshots or AMIs that are not encrypted stay unencrypted unless EBS encryption by default is on there.',
  },
  evaluate(ctx) {
    const rules = copyRules(ctx.props);
    if (rules.length === 0) {
      const defaultTargets = ctx.props.at('CrossRegionCopyTargets').isSet() || ctx.props.at('PolicyDetails.CrossRegionCopyTargets').isSet();
      return notApplicable(
        defaultTargets
          ? 'a default policy names only the Regions it copies to (CrossRegionCopyTargets): it has no encryption setting for its copies'
          : 'the policy makes no cross-Region copies',
      );
    }
    for (const rule of rules) {
      const encrypted = rule.encrypted.bool();
      if (encrypted !== true)
        return unconfigured('notEncrypted', {
          path: rule.path,
          value: encrypted === false ? 'false' : 'not set',
          target: (rule.target.isToken ? undefined : rule.target.str()) ?? 'the target Region',
        });
    }
    return configured(`all ${rules.length} cross-Region copy rule(s) set Encrypted: true`);
  },
});
