import { defineDuty } from '../../lib/model/duty';
import { CLUSTER_BACKUP_RETENTION, NIST } from '../rds/helpers';
import { CFN_DOCDB_CLUSTER, DOCDB_CONTROLS } from './helpers';

export default defineDuty({
  id: 'docdb-cluster-backup-retention',
  title: 'DocumentDB cluster keeps automated backups for at least 7 days',
  category: 'resilience',
  resourceTypes: ['AWS::DocDB::DBCluster'],
  awsSide:
    'Amazon DocumentDB backs up the cluster volume continuously and restores it to any point in the retention period; BackupRetentionPeriod defaults to 1 day (1 to 35).',
  customerSide:
    "How far back the data can be recovered is the customer's choice: the retention period has to cover the time it takes to notice corruption or a bad change, and Security Hub expects at least 7 days.",
  severity: 'warning',
  remediation: {
    l2: 'new docdb.DatabaseCluster(this, id, { masterUser, instanceType, vpc, backup: { retention: Duration.days(7) } })',
    l1: 'BackupRetentionPeriod: 7 (or more, up to 35)',
  },
  controls: { fsbp: ['DocumentDB.2'], nist: [...NIST.backups] },
  sources: [`${DOCDB_CONTROLS}#documentdb-2`, `${CFN_DOCDB_CLUSTER}#cfn-docdb-dbcluster-backupretentionperiod`],
  ...CLUSTER_BACKUP_RETENTION,
});
