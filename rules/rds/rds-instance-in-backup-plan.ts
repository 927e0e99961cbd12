import { defineDuty } from '../../lib/model/duty';
import { backupCoverage } from '../../lib/model/evidence/backup';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { NIST, RDS_CONTROLS, clusterOf } from './helpers';

export default defineDuty({
  id: 'rds-instance-in-backup-plan',
  title: 'RDS DB instance is in an AWS Backup plan',
  category: 'resilience',
  resourceTypes: ['AWS::RDS::DBInstance'],
  awsSide:
    'AWS Backup runs the backup plans, copies and vault locks it is given; it protects a DB instance only when a backup selection assigns the instance to a plan.',
  customerSide:
    "Backups that outlive the instance, its account or its Region are the customer's policy: automated RDS backups are deleted with the instance, so a backup plan has to select it.",
  severity: 'info',
  remediation: {
    l1: 'an AWS::Backup::BackupSelection whose Resources include the instance ARN (or a tag condition matching its Tags)',
  },
  controls: { fsbp: [], nist: [...NIST.backups] },
  sources: [`${RDS_CONTROLS}#rds-26`, 'https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html'],
  messages: {
    notCovered: 'No AWS::Backup::BackupSelection in this app assigns the DB instance to a backup plan.',
  },
  evaluate(ctx) {
    if (clusterOf(ctx).member)
      return notApplicable('an Aurora DB instance is backed up with its DB cluster (see rds-cluster-in-backup-plan)');
    const coverage = backupCoverage(ctx);
    return coverage.kind === 'covered' ? configured(`selected by ${coverage.by}`) : unconfigured('notCovered');
  },
});
