import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { CFN_CLUSTER, RDS_CONTROLS, engineOf } from './helpers';

export default defineDuty({
  id: 'rds-cluster-backtracking',
  title: 'Aurora MySQL DB cluster has backtracking enabled',
  category: 'resilience',
  resourceTypes: ['AWS::RDS::DBCluster'],
  awsSide:
    'Aurora MySQL can rewind a cluster in place to a point within its backtrack window without restoring a backup; BacktrackWindow defaults to 0 (off) and can only be enabled when the cluster is created (or cloned).',
  customerSide:
    "Fast recovery from a destructive change is the customer's design choice: only a backtrack window set at creation lets the cluster be rewound within minutes.",
  severity: 'warning',
  remediation: {
    l2: 'new rds.DatabaseCluster(this, id, { engine: rds.DatabaseClusterEngine.auroraMysql({ version }), vpc, writer, backtrackWindow: Duration.hours(24) })',
    l1: 'BacktrackWindow: seconds, up to 259200 (72 hours)',
  },
  controls: { fsbp: ['RDS.14'], nist: ['CP-10', 'CP-6', 'CP-6(1)', 'CP-6(2)', 'CP-9', 'SI-13(5)'] },
  sources: [
    `${RDS_CONTROLS}#rds-14`,
    `${CFN_CLUSTER}#cfn-rds-dbcluster-backtrackwindow`,
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Managing.Backtrack.html',
  ],
  messages: {
    notSet: 'BacktrackWindow is not set, so backtracking is off (default 0).',
    disabled: 'BacktrackWindow is 0, so backtracking is off.',
  },
  evaluate(ctx) {
    const engine = engineOf(ctx.props);
    if (engine !== 'aurora-mysql' && engine !== 'aurora')
      return notApplicable(`backtracking is available for Aurora MySQL only, not engine ${engine ?? '(not set)'}`);
    const window = ctx.props.at('BacktrackWindow').num();
    if (window !== undefined && window > 0) return configured(`BacktrackWindow is ${window} seconds`);
    return unconfigured(window === 0 ? 'disabled' : 'notSet');
  },
});
