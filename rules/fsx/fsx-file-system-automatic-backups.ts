import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { CONFIG_PROPERTY, fsxType, lustreDeployment } from './helpers';

/** CloudFormation defaults of AutomaticBackupRetentionDays by file system type. */
const DEFAULT_RETENTION = { LUSTRE: 0, WINDOWS: 30, ONTAP: 30, OPENZFS: 30 } as const;

export default defineDuty({
  id: 'fsx-file-system-automatic-backups',
  title: 'FSx file system takes automatic daily backups',
  category: 'resilience',
  resourceTypes: ['AWS::FSx::FileSystem'],
  awsSide:
    'Amazon FSx takes automatic daily backups and keeps them for AutomaticBackupRetentionDays; the CloudFormation default is 30 days for Windows File Server, ONTAP and OpenZFS and 0 (off) for persistent Lustre, and scratch Lustre file systems cannot be backed up.',
  customerSide:
    "Keeping restorable copies of the file system is the customer's: with a retention of 0, a deletion or corruption of files cannot be undone from an FSx backup.",
  severity: 'warning',
  remediation: {
    l2: 'new fsx.LustreFileSystem(this, id, { lustreConfiguration: { deploymentType: fsx.LustreDeploymentType.PERSISTENT_2, automaticBackupRetention: Duration.days(7), ... }, ... })',
    l1: '<Type>Configuration: { AutomaticBackupRetentionDays: 7 (1-90) }',
  },
  controls: { fsbp: [], nist: ['CP-9', 'CP-10', 'SI-12'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-fsx-filesystem-windowsconfiguration.html#cfn-fsx-filesystem-windowsconfiguration-automaticbackupretentiondays',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-fsx-filesystem-lustreconfiguration.html#cfn-fsx-filesystem-lustreconfiguration-automaticbackupretentiondays',
    'https://docs.aws.amazon.com/fsx/latest/LustreGuide/using-backups-fsx.html',
  ],
  messages: {
    off: 'AutomaticBackupRetentionDays is {days}, so FSx takes no automatic backups of this {type} file system.',
  },
  evaluate(ctx) {
    const type = fsxType(ctx.props);
    if (!type) return notApplicable(`unrecognized FileSystemType ${ctx.props.at('FileSystemType').str()}`);
    if (type === 'LUSTRE') {
      const deployment = lustreDeployment(ctx.props);
      if (deployment.startsWith('SCRATCH')) return notApplicable(`${deployment} Lustre file systems do not support backups`);
      if (ctx.props.at('LustreConfiguration.ImportPath').isSet())
        return notApplicable('Lustre file systems linked to an S3 data repository through ImportPath do not support backups');
    }
    const days = ctx.props.at(`${CONFIG_PROPERTY[type]}.AutomaticBackupRetentionDays`).num() ?? DEFAULT_RETENTION[type];
    if (days > 0) return configured(`automatic backups kept ${days} days`);
    return unconfigured('off', { days, type });
  },
});
