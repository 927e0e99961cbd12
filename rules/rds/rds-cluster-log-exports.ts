import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { CFN_CLUSTER, NIST, RDS_CONTROLS, engineOf } from './helpers';

const REQUIRED: Record<string, string> = { 'aurora-mysql': 'audit', 'aurora-postgresql': 'postgresql' };

export default defineDuty({
  id: 'rds-cluster-log-exports',
  title: 'Aurora DB cluster publishes its audit or PostgreSQL logs to CloudWatch Logs',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::RDS::DBCluster'],
  awsSide:
    "Aurora can stream the cluster's logs (Aurora MySQL: audit, error, general, slowquery; Aurora PostgreSQL: postgresql) to CloudWatch Logs; nothing is exported unless EnableCloudwatchLogsExports lists the log types.",
  customerSide:
    "Keeping database activity logs for investigation and audit is the customer's: the Aurora MySQL audit log or the Aurora PostgreSQL log must be exported so it outlives the cluster.",
  severity: 'warning',
  remediation: {
    l2: "new rds.DatabaseCluster(this, id, { engine, vpc, writer, cloudwatchLogsExports: ['audit'] }) (Aurora PostgreSQL: ['postgresql'])",
    l1: 'EnableCloudwatchLogsExports: [audit] for Aurora MySQL, [postgresql] for Aurora PostgreSQL',
  },
  controls: { fsbp: ['RDS.34', 'RDS.37'], nist: [...NIST.logging] },
  sources: [`${RDS_CONTROLS}#rds-34`, `${RDS_CONTROLS}#rds-37`, `${CFN_CLUSTER}#cfn-rds-dbcluster-enablecloudwatchlogsexports`],
  messages: {
    missing: 'EnableCloudwatchLogsExports is {exported}, which does not include the {type} log of this {engine} cluster.',
  },
  evaluate(ctx) {
    const engine = engineOf(ctx.props);
    const type = engine === undefined ? undefined : REQUIRED[engine];
    if (engine === undefined || type === undefined)
      return notApplicable(`RDS.34 and RDS.37 evaluate Aurora MySQL and Aurora PostgreSQL clusters, not engine ${engine ?? '(not set)'}`);
    const exported = (ctx.props.at('EnableCloudwatchLogsExports').list() ?? []).map((v) => v.str()?.toLowerCase() ?? '');
    if (!exported.includes(type))
      return unconfigured('missing', { exported: exported.length > 0 ? `[${exported.join(', ')}]` : 'not set', type, engine });
    return configured(`EnableCloudwatchLogsExports includes ${type}`);
  },
});
