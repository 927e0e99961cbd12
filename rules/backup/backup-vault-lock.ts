import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'backup-vault-lock',
  title: 'AWS Backup vault has a Vault Lock',
  category: 'resilience',
  resourceTypes: ['AWS::Backup::BackupVault'],
  awsSide:
    'AWS Backup Vault Lock, when configured, prevents deletion of recovery points before their retention ends and enforces the minimum and maximum retention; with ChangeableForDays it becomes immutable (compliance mode) after the grace period. A vault has no lock by default.',
  customerSide:
    "Protecting backups against deletion by a compromised or careless administrator, or by ransomware, is the customer's: without a lock, anyone allowed to delete recovery points can remove every copy.",
  severity: 'warning',
  remediation: {
    l2: 'new backup.BackupVault(this, id, { lockConfiguration: { minRetention: Duration.days(35), changeableFor: Duration.days(3) } })',
    l1: 'LockConfiguration: { MinRetentionDays: 35, ChangeableForDays: 3 }',
  },
  controls: { fsbp: [], nist: ['CP-9', 'CP-9(8)', 'SI-7', 'AU-9'] },
  sources: [
    'https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-backupvault-lockconfigurationtype.html',
  ],
  messages: {
    none: 'The vault has no LockConfiguration, so recovery points can be deleted before their retention period ends.',
  },
  evaluate(ctx) {
    const lock = ctx.props.at('LockConfiguration');
    if (!lock.isSet()) return unconfigured('none');
    const mode = lock.at('ChangeableForDays').isSet()
      ? 'compliance mode after the grace period'
      : 'governance mode (removable by privileged users)';
    return configured(`Vault Lock configured, ${mode}`);
  },
});
