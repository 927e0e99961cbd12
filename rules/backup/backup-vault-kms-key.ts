import { defineDuty } from '../../lib/model/duty';
import { keyChoice } from '../../lib/model/evidence/kms';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'backup-vault-kms-key',
  title: 'AWS Backup vault encrypts recovery points with a customer managed KMS key',
  category: 'data-protection',
  resourceTypes: ['AWS::Backup::BackupVault'],
  awsSide:
    "AWS Backup encrypts recovery points of fully managed resource types with the vault's key; without EncryptionKeyArn it uses a key AWS Backup creates for the account (the AWS managed key aws/backup).",
  customerSide:
    "Choosing a customer managed key for backups is the customer's: its key policy then decides who can restore or copy the recovery points, independently of who can manage the vault.",
  severity: 'info',
  remediation: {
    l2: 'new backup.BackupVault(this, id, { encryptionKey: key })',
    l1: 'EncryptionKeyArn: <customer managed key ARN>',
  },
  controls: { fsbp: [], nist: ['SC-12', 'SC-13', 'SC-28', 'SC-28(1)'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-backup-backupvault.html#cfn-backup-backupvault-encryptionkeyarn',
    'https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html',
  ],
  messages: {
    awsManaged: 'The vault has no EncryptionKeyArn, so its recovery points are encrypted with the AWS managed key for AWS Backup.',
  },
  evaluate(ctx) {
    const key = keyChoice(ctx, ctx.props.at('EncryptionKeyArn'));
    if (key.kind === 'customer-managed') return configured(`EncryptionKeyArn is ${key.key}`);
    return unconfigured('awsManaged');
  },
});
