import { defineDuty } from '../../lib/model/duty';
import { CLUSTER_BACKUP_RETENTION, NIST } from '../rds/helpers';
import { CFN_NEPTUNE_CLUSTER, NEPTUNE_CONTROLS } from './helpers';

export default defineDuty({
  id: 'neptune-cluster-backup-retention',
  title: 'Neptune DB cluster keeps automated backups for at least 7 days',
  category: 'resilience',
  resourceTypes: ['AWS::Neptune::DBCluster'],
  awsSide:
    'Neptune backs up the cluster volume continuously and restores it to any point in the retention period; BackupRetentionPeriod defaults to 1 day.',
  customerSide:
    "How far back the graph can be recovered is the customer's choice: the retention period has to cover the time it takes to notice corruption or a bad change, and Security Hub expects at least 7 days.",
  severity: 'warning',
  remediation: { l1: 'BackupRetentionPeriod: 7 (or more, up to 35)' },
  controls: { fsbp: ['Neptune.5'], nist: [...NIST.backups] },
  sources: [`${NEPTUNE_CONTROLS}#neptune-5`, `${CFN_NEPTUNE_CLUSTER}#cfn-neptune-dbcluster-backupretentionperiod`],
  ...CLUSTER_BACKUP_RETENTION,
});
