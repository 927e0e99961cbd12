import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CFN_REDSHIFT_CLUSTER, REDSHIFT_CONTROLS } from './helpers';

export default defineDuty({
  id: 'redshift-cluster-snapshot-retention',
  title: 'Redshift cluster keeps automated snapshots for at least 7 days',
  category: 'resilience',
  resourceTypes: ['AWS::Redshift::Cluster'],
  awsSide:
    'Amazon Redshift takes automated incremental snapshots and keeps them for AutomatedSnapshotRetentionPeriod days (default 1; 0 turns them off).',
  customerSide:
    "How far back the warehouse can be restored is the customer's choice: Security Hub expects automated snapshots kept for at least 7 days.",
  severity: 'warning',
  remediation: { l1: 'AutomatedSnapshotRetentionPeriod: 7 (or more, up to 35)' },
  controls: { fsbp: ['Redshift.3'], nist: ['CP-10', 'CP-6', 'CP-6(1)', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SC-7(10)', 'SI-13(5)'] },
  sources: [`${REDSHIFT_CONTROLS}#redshift-3`, `${CFN_REDSHIFT_CLUSTER}#cfn-redshift-cluster-automatedsnapshotretentionperiod`],
  messages: {
    notSet: 'AutomatedSnapshotRetentionPeriod is not set, so automated snapshots are kept for the default 1 day (at least 7 are expected).',
    disabled: 'AutomatedSnapshotRetentionPeriod is 0, so automated snapshots are off.',
    short: 'AutomatedSnapshotRetentionPeriod is {days} days (at least 7 are expected).',
  },
  evaluate(ctx) {
    const days = ctx.props.at('AutomatedSnapshotRetentionPeriod').num();
    if (days === undefined) return unconfigured('notSet');
    if (days === 0) return unconfigured('disabled');
    if (days < 7) return unconfigured('short', { days });
    return configured(`AutomatedSnapshotRetentionPeriod is ${days} days`);
  },
});
