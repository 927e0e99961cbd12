import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CFN_CLUSTER, NIST, RDS_CONTROLS } from './helpers';

const MINIMUM_DAYS = 7;

export default defineDuty({
  id: 'rds-cluster-backup-retention',
  title: 'RDS DB cluster keeps automated backups for at least 7 days',
  category: 'resilience',
  resourceTypes: ['AWS::RDS::DBCluster'],
  awsSide:
    'RDS backs up the cluster volume continuously and restores it to any point in the retention period; CloudFormation keeps automated backups for 1 day when BackupRetentionPeriod is not set (1 to 35 days).',
  customerSide:
    'How far back the data can be recovered is the customer\'s choice: the retention period has to cover the time it takes to notice corruption or a bad change (7 days is the Security Hub floor for instances).',
  severity: 'warning',
  remediation: {
    l2: 'new rds.DatabaseCluster(this, id, { engine, vpc, writer, backup: { retention: Duration.days(7) } })',
    l1: 'BackupRetentionPeriod: 7 (or more, up to 35)',
  },
  controls: { fsbp: [], nist: [...NIST.backups] },
  sources: [`${CFN_CLUSTER}#cfn-rds-dbcluster-backupretentionperiod`, `${RDS_CONTROLS}#rds-11`, 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Backups.html'],
  messages: {
    notSet: 'BackupRetentionPeriod is not set, so automated backups are kept for the default 1 day (at least 7 are expected).',
    short: 'BackupRetentionPeriod is {days} days (at least 7 are expected).',
  },
  evaluate(ctx) {
    const days = ctx.props.at('BackupRetentionPeriod').num();
    if (days === undefined) return unconfigured('notSet');
    if (days < MINIMUM_DAYS) return unconfigured('short', { days });
    return configured(`BackupRetentionPeriod is ${days} days`);
  },
});
