import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_DOCDB_CLUSTER, DOCDB_CONTROLS } from './helpers';

export default defineDuty({
  id: 'docdb-cluster-audit-log-export',
  title: 'DocumentDB cluster publishes audit logs to CloudWatch Logs',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::DocDB::DBCluster'],
  awsSide:
    'Amazon DocumentDB can record authentication, DDL and (optionally) DML events and publish them to CloudWatch Logs; audit logs are exported only when EnableCloudwatchLogsExports includes audit (and recorded only when the audit_logs cluster parameter is enabled).',
  customerSide:
    "Keeping a record of who accessed and changed the database is the customer's: the audit log must be exported so it outlives the cluster and can be monitored.",
  severity: 'warning',
  remediation: {
    l2: 'new docdb.DatabaseCluster(this, id, { masterUser, instanceType, vpc, exportAuditLogsToCloudWatch: true })',
    l1: 'EnableCloudwatchLogsExports: [audit] (and audit_logs: enabled in the cluster parameter group)',
  },
  controls: { fsbp: ['DocumentDB.4'], nist: [...NIST.logging] },
  sources: [
    `${DOCDB_CONTROLS}#documentdb-4`,
    `${CFN_DOCDB_CLUSTER}#cfn-docdb-dbcluster-enablecloudwatchlogsexports`,
    'https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html',
  ],
  messages: {
    missing: 'EnableCloudwatchLogsExports is {exported}, so DocumentDB audit logs are not published to CloudWatch Logs.',
  },
  evaluate(ctx) {
    const exported = (ctx.props.at('EnableCloudwatchLogsExports').list() ?? []).map((v) => v.str()?.toLowerCase() ?? '');
    if (exported.includes('audit')) return configured('EnableCloudwatchLogsExports includes audit');
    return unconfigured('missing', { exported: exported.length > 0 ? `[${exported.join(', ')}]` : 'not set' });
  },
});
