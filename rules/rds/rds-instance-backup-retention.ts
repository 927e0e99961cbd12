import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { CFN_INSTANCE, MINIMUM_BACKUP_DAYS, NIST, RDS_CONTROLS, clusterOf, isReadReplica } from './helpers';

export default defineDuty({
  id: 'rds-instance-backup-retention',
  title: 'RDS DB instance keeps automated backups for at least 7 days',
  category: 'resilience',
  resourceTypes: ['AWS::RDS::DBInstance'],
  awsSide:
    'RDS takes the daily snapshots and transaction-log backups and restores them to any point in the retention period; CloudFormation keeps automated backups for 1 day when BackupRetentionPeriod is not set, and 0 turns them off.',
  customerSide:
    "How far back the data can be recovered is the customer's choice: the retention period has to cover the time it takes to notice corruption or a bad change, and Security Hub expects at least 7 days.",
  severity: 'warning',
  remediation: {
    l2: 'new rds.DatabaseInstance(this, id, { engine, vpc, backupRetention: Duration.days(7) })',
    l1: 'BackupRetentionPeriod: 7 (or more, up to 35)',
  },
  controls: { fsbp: ['RDS.11'], nist: [...NIST.backups] },
  sources: [
    `${RDS_CONTROLS}#rds-11`,
    `${CFN_INSTANCE}#cfn-rds-dbinstance-backupretentionperiod`,
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
  ],
  messages: {
    notSet: 'BackupRetentionPeriod is not set, so automated backups are kept for the default 1 day (at least 7 are expected).',
    disabled: 'BackupRetentionPeriod is 0, so automated backups are turned off.',
    short: 'BackupRetentionPeriod is {days} days (at least 7 are expected).',
  },
  evaluate(ctx) {
    if (clusterOf(ctx).member)
      return notApplicable('automated backups of an Aurora DB instance are set on its DB cluster (see rds-cluster-backup-retention)');
    if (isReadReplica(ctx.props))
      return notApplicable("a read replica's backups follow its source instance; RDS.11 does not evaluate read replicas");
    const days = ctx.props.at('BackupRetentionPeriod').num();
    if (days === undefined) return unconfigured('notSet');
    if (days === 0) return unconfigured('disabled');
    if (days < MINIMUM_BACKUP_DAYS) return unconfigured('short', { days });
    return configured(`BackupRetentionPeriod is ${days} days`);
  },
});
