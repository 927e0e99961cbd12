import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_NEPTUNE_CLUSTER, NEPTUNE_CONTROLS } from './helpers';

export default defineDuty({
  id: 'neptune-cluster-audit-log-export',
  title: 'Neptune DB cluster publishes audit logs to CloudWatch Logs',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::Neptune::DBCluster'],
  awsSide:
    'Neptune records queries and connections in audit logs when the neptune_enable_audit_log cluster parameter is on, and publishes them to CloudWatch Logs only when EnableCloudwatchLogsExports includes audit.',
  customerSide:
    "Keeping a record of who queried and changed the graph is the customer's: the audit log must be exported so it outlives the cluster and can be monitored.",
  severity: 'warning',
  remediation: { l1: 'EnableCloudwatchLogsExports: [audit] (and neptune_enable_audit_log: 1 in the DB cluster parameter group)' },
  controls: { fsbp: ['Neptune.2'], nist: [...NIST.logging] },
  sources: [
    `${NEPTUNE_CONTROLS}#neptune-2`,
    `${CFN_NEPTUNE_CLUSTER}#cfn-neptune-dbcluster-enablecloudwatchlogsexports`,
    'https://docs.aws.amazon.com/neptune/latest/userguide/cloudwatch-logs.html',
  ],
  messages: {
    missing: 'EnableCloudwatchLogsExports is {exported}, so Neptune audit logs are not published to CloudWatch Logs.',
  },
  evaluate(ctx) {
    const exported = (ctx.props.at('EnableCloudwatchLogsExports').list() ?? []).map((v) => v.str()?.toLowerCase() ?? '');
    if (exported.includes('audit')) return configured('EnableCloudwatchLogsExports includes audit');
    return unconfigured('missing', { exported: exported.length > 0 ? `[${exported.join(', ')}]` : 'not set' });
  },
});
