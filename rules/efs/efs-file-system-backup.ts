import { defineDuty } from '../../lib/model/duty';
import { backupCoverage } from '../../lib/model/evidence/backup';
import { tagsOf } from '../../lib/model/evidence/tags';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'efs-file-system-backup',
  title: 'EFS file system is backed up by AWS Backup',
  category: 'resilience',
  resourceTypes: ['AWS::EFS::FileSystem'],
  awsSide:
    'Amazon EFS stores data redundantly across Availability Zones (Regional file systems) but keeps no point-in-time copies; AWS Backup backs up the file system only if automatic backups are on (BackupPolicy Status ENABLED, off by default with the API) or a backup plan selects it.',
  customerSide:
    "Being able to restore deleted or corrupted files is the customer's: without a backup plan or automatic backups, an accidental deletion or ransomware on the file system cannot be undone.",
  severity: 'warning',
  remediation: {
    l2: 'new efs.FileSystem(this, id, { vpc, enableAutomaticBackups: true }) or plan.addSelection(id, { resources: [backup.BackupResource.fromEfsFileSystem(fs)] })',
    l1: 'BackupPolicy: { Status: ENABLED }, or an AWS::Backup::BackupSelection that selects the file system',
  },
  controls: { fsbp: ['EFS.2'], nist: ['CP-10', 'CP-6', 'CP-6(1)', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-13(5)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-2',
    'https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-efs-filesystem-backuppolicy.html',
  ],
  messages: {
    notBackedUp: 'BackupPolicy Status is {status} and no AWS Backup selection in the app covers the file system.',
  },
  evaluate(ctx) {
    const status = ctx.props.at('BackupPolicy.Status').str();
    if (status === 'ENABLED') return configured('BackupPolicy Status is ENABLED (automatic backups)');
    const coverage = backupCoverage(ctx, tagsOf(ctx.props, 'FileSystemTags'));
    if (coverage.kind === 'covered') return configured(`in a backup plan through ${coverage.by}`);
    return unconfigured('notBackedUp', { status: status ?? 'not set (DISABLED)' });
  },
});
