import { defineDuty } from '../../lib/model/duty';
import { isPublicAllow, statements, stringList } from '../../lib/model/policy';
import { configured, unconfigured } from '../../lib/model/verdict';
import { jsonDocument } from './helpers';

export default defineDuty({
  id: 'backup-vault-policy-not-public',
  title: 'AWS Backup vault access policy does not allow public access',
  category: 'identity-and-access',
  resourceTypes: ['AWS::Backup::BackupVault'],
  awsSide:
    "AWS Backup evaluates the vault's access policy together with IAM on every request to the vault; a vault has no access policy by default.",
  customerSide:
    'Who may copy into, restore from or delete recovery points is the customer\'s choice: an access policy that allows Principal "*" without a confining condition opens the backups to any AWS account.',
  severity: 'error',
  remediation: {
    l2: 'new backup.BackupVault(this, id, { accessPolicy: new iam.PolicyDocument({ statements: [/* specific principals */] }) })',
    l1: 'AccessPolicy statements with specific principals, or Principal "*" confined by aws:PrincipalOrgID / aws:PrincipalAccount',
  },
  controls: { fsbp: [], nist: ['AC-3', 'AC-4', 'AC-6', 'AC-21', 'SC-7'] },
  sources: [
    'https://docs.aws.amazon.com/aws-backup/latest/devguide/create-a-vault-access-policy.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-backup-backupvault.html#cfn-backup-backupvault-accesspolicy',
  ],
  messages: {
    publicAllow:
      'The vault AccessPolicy allows {actions} to Principal "*" with no condition that confines it to an account or organization.',
  },
  evaluate(ctx) {
    const policy = jsonDocument(ctx.props.at('AccessPolicy'));
    if (!policy.isSet()) return configured('no AccessPolicy: only IAM principals of the owning account can be granted access');
    for (const s of statements(policy)) {
      if (isPublicAllow(s)) return unconfigured('publicAllow', { actions: (stringList(s.at('Action')) ?? ['(NotAction)']).join(', ') });
    }
    return configured('the AccessPolicy allows no unconfined public access');
  },
});
