import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import {
  actionGranting,
  coversAllKmsKeys,
  findAllowOffence,
  identityPolicyDocuments,
  isOnlyPermissionsBoundary,
  KMS_DECRYPT_ACTIONS,
  resourceMatching,
} from './helpers';

export default defineDuty({
  id: 'iam-managed-policy-no-kms-decrypt-all-keys',
  title: 'IAM customer managed policy does not allow KMS decryption on all KMS keys',
  category: 'identity-and-access',
  resourceTypes: ['AWS::IAM::ManagedPolicy'],
  awsSide:
    'AWS KMS authorizes kms:Decrypt and kms:ReEncryptFrom through the key policy and, where the key policy delegates to the account, through IAM policies; it grants what those policies allow.',
  customerSide:
    "Deciding who can decrypt which data is the customer's: allowing kms:Decrypt or kms:ReEncryptFrom on all KMS keys lets the policy's users decrypt data protected by any key whose key policy trusts the account, so name the key ARNs needed.",
  severity: 'warning',
  remediation: {
    l2: "key.grantDecrypt(role) (or new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: [key.keyArn] })) instead of resources: ['*']",
    l1: 'PolicyDocument statements that allow kms:Decrypt / kms:ReEncryptFrom only on named key ARNs instead of "Resource": "*"',
  },
  controls: {
    fsbp: ['KMS.1'],
    nist: ['AC-2', 'AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6', 'AC-6(3)'],
  },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-1',
    'https://docs.aws.amazon.com/config/latest/developerguide/iam-customer-policy-blocked-kms-actions.html',
    'https://docs.aws.amazon.com/kms/latest/developerguide/iam-policies.html',
  ],
  messages: {
    decryptAllKeys: 'Statement {statement} of managed policy {policy} allows "{action}" on {resource}, which covers all KMS keys.',
  },
  evaluate(ctx) {
    if (isOnlyPermissionsBoundary(ctx)) {
      return notApplicable('the policy is used only as a permissions boundary, which Security Hub excludes from KMS.1');
    }
    let action = '';
    const offence = findAllowOffence(identityPolicyDocuments(ctx), (s) => {
      const granted = actionGranting(s, KMS_DECRYPT_ACTIONS);
      if (granted === undefined) return undefined;
      action = granted;
      return resourceMatching(ctx, s, coversAllKmsKeys);
    });
    if (offence)
      return unconfigured('decryptAllKeys', { policy: offence.policy, statement: offence.statement, action, resource: offence.detail });
    return configured('no Allow statement grants kms:Decrypt or kms:ReEncryptFrom on all keys');
  },
});
