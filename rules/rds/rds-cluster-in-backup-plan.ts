import { defineDuty } from '../../lib/model/duty';
import { backupCoverage } from '../../lib/model/evidence/backup';
import { configured, unconfigured } from '../../lib/model/verdict';
import { NIST } from './helpers';

export default defineDuty({
  id: 'rds-cluster-in-backup-plan',
  title: 'RDS DB cluster is in an AWS Backup plan',
  category: 'resilience',
  resourceTypes: ['AWS::RDS::DBCluster'],
  awsSide:
    'AWS Backup runs the backup plans, copies and vault locks it is given; it protects an Aurora or Multi-AZ DB cluster only when a backup selection assigns the cluster to a plan.',
  customerSide:
    "Backups that outlive the cluster, its account or its Region are the customer's policy: automated cluster backups are deleted with the cluster, so a backup plan has to select it.",
  severity: 'info',
  remediation: {
    l1: 'an AWS::Backup::BackupSelection whose Resources include the cluster ARN (or a tag condition matching its Tags)',
  },
  controls: { fsbp: [], nist: [...NIST.backups] },
  sources: [
    'https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html',
    'https://docs.aws.amazon.com/config/latest/developerguide/rds-resources-protected-by-backup-plan.html',
  ],
  messages: {
    notCovered: 'No AWS::Backup::BackupSelection in this app assigns the DB cluster to a backup plan.',
  },
  evaluate(ctx) {
    const coverage = backupCoverage(ctx);
    return coverage.kind === 'covered' ? configured(`selected by ${coverage.by}`) : unconfigured('notCovered');
  },
});
