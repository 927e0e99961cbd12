import { defineDuty } from '../../lib/model/duty';
import { CFN_CLUSTER, CLUSTER_BACKUP_RETENTION, NIST, RDS_CONTROLS } from './helpers';

export default defineDuty({
  id: 'rds-cluster-backup-retention',
  title: 'RDS DB cluster keeps automated backups for at least 7 days',
  category: 'resilience',
  resourceTypes: ['AWS::RDS::DBCluster'],
  awsSide:
    'RDS backs up the cluster volume continuously and restores it to any point in the retention period; CloudFormation keeps automated backups for 1 day when BackupRetentionPeriod is not set (1 to 35 days).',
  customerSide:
    "How far back the data can be recovered is the customer's choice: the retention period has to cover the time it takes to notice corruption or a bad change (7 days is the Security Hub floor for instances).",
  severity: 'warning',
  remediation: {
    l2: 'new rds.DatabaseCluster(this, id, { engine, vpc, writer, backup: { retention: Duration.days(7) } })',
    l1: 'BackupRetentionPeriod: 7 (or more, up to 35)',
  },
  controls: { fsbp: [], nist: [...NIST.backups] },
  sources: [
    `${CFN_CLUSTER}#cfn-rds-dbcluster-backupretentionperiod`,
    `${RDS_CONTROLS}#rds-11`,
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Backups.html',
  ],
  ...CLUSTER_BACKUP_RETENTION,
});
