import { defineDuty } from '../../lib/model/duty';
import { firstWildcardGrant } from '../../lib/model/evidence/resource-policies';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'kms-key-policy-no-wildcard-actions',
  title: 'KMS key policy does not grant every KMS action to a principal other than the account',
  category: 'identity-and-access',
  resourceTypes: ['AWS::KMS::Key'],
  awsSide:
    'AWS KMS allows the principals a key policy names exactly the actions it lists. The default key policy grants "kms:*" to the key\'s account as a whole, which only lets the account\'s IAM policies decide; "kms:*" to a role, another account or a service includes kms:PutKeyPolicy, kms:ScheduleKeyDeletion, kms:DisableKey and kms:Decrypt.',
  customerSide:
    'Least privilege in the key policy is the customer\'s: granting "kms:*" (or "*") to a role, another account or a service lets it change the key policy, disable or schedule the deletion of the key (making the data it protects unreadable) and decrypt with it. Give key administrators and key users the actions AWS lists for each.',
  severity: 'warning',
  remediation: {
    l2: 'key.grantAdmin(role) for administrators and key.grantEncryptDecrypt(principal) (or grantDecrypt) for users, instead of a statement with actions: ["kms:*"]',
    l1: 'KeyPolicy Allow statements that list the KMS actions each principal needs instead of "kms:*" or "*"; "kms:*" to the account root (the default policy) is fine',
  },
  controls: { fsbp: [], nist: ['AC-3', 'AC-6'] },
  sources: [
    'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html',
    'https://docs.aws.amazon.com/service-authorization/latest/reference/list_awskeymanagementservice.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-kms-key.html',
  ],
  messages: {
    wildcard:
      'Statement {statement} of the key policy allows {actions} to {principal}, every KMS action including PutKeyPolicy, ScheduleKeyDeletion and Decrypt.',
  },
  evaluate(ctx) {
    if (!ctx.props.at('KeyPolicy').isSet()) return configured('no KeyPolicy: the default key policy grants the account as a whole');
    const found = firstWildcardGrant(ctx, [ctx.resource], 'kms', 'KeyPolicy');
    if (found) return unconfigured('wildcard', found);
    return configured('no key policy statement grants every KMS action to a principal other than the account');
  },
});
