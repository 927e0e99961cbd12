import { defineDuty } from '../../lib/model/duty';
import { statements } from '../../lib/model/policy';
import type { Value } from '../../lib/model/value';
import { configured, unconfigured } from '../../lib/model/verdict';
import { allowsEveryone } from '../iam/helpers';

/**
 * KMS condition keys that confine a statement to callers of one account, as in the policies of AWS
 * managed keys (kms:CallerAccount with kms:ViaService).
 * https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-caller-account
 */
function confinedToCallerAccount(statement: Value): boolean {
  const condition = statement.at('Condition');
  return (condition.keys() ?? []).some((op) => (condition.at(op).keys() ?? []).some((key) => key.toLowerCase() === 'kms:calleraccount'));
}

export default defineDuty({
  id: 'kms-key-policy-not-public',
  title: 'KMS key policy does not allow access to everyone',
  category: 'identity-and-access',
  resourceTypes: ['AWS::KMS::Key'],
  awsSide:
    "AWS KMS authorizes every use of a key through its key policy; when KeyPolicy is omitted it attaches the default key policy, which trusts only the key's own account.",
  customerSide:
    'The key policy is the customer\'s: an Allow statement with Principal "*" and no condition confining it (aws:PrincipalAccount, aws:PrincipalOrgID, kms:CallerAccount, ...) lets principals of any AWS account use or manage the key.',
  severity: 'error',
  remediation: {
    l2: 'new kms.Key(this, id) with key.grantEncryptDecrypt(principal) / key.addToResourcePolicy(...) naming specific principals instead of new iam.AnyPrincipal()',
    l1: 'KeyPolicy statements whose Principal names accounts, roles or services, or a Condition on kms:CallerAccount / aws:PrincipalOrgID for any Principal "*"',
  },
  controls: { fsbp: ['KMS.5'], nist: ['AC-3', 'AC-4', 'AC-6', 'AC-21', 'SC-7'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-5',
    'https://docs.aws.amazon.com/config/latest/developerguide/kms-key-policy-no-public-access.html',
    'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-kms-key.html#cfn-kms-key-keypolicy',
  ],
  messages: {
    publicKey:
      'Statement #{index} of the key policy allows Principal "*" with no condition that confines it to an account, organization or source.',
  },
  evaluate(ctx) {
    const policy = ctx.props.at('KeyPolicy');
    if (!policy.isSet()) return configured("no KeyPolicy: AWS KMS attaches the default key policy, which trusts only the key's account");
    const all = statements(policy);
    for (let i = 0; i < all.length; i++) {
      if (allowsEveryone(ctx, all[i]) && !confinedToCallerAccount(all[i])) return unconfigured('publicKey', { index: i + 1 });
    }
    return configured('every Allow statement of the key policy names its principals or confines "*"');
  },
});
