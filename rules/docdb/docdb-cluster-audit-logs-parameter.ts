import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_DOCDB_CLUSTER } from './helpers';

/** Values of audit_logs that record nothing; the others (enabled, ddl, dml_read, dml_write, all, or a list of them) record events. */
const OFF = new Set(['disabled', 'none']);

export default defineDuty({
  id: 'docdb-cluster-audit-logs-parameter',
  title: 'DocumentDB cluster records audit events (audit_logs cluster parameter)',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::DocDB::DBCluster'],
  awsSide:
    'Amazon DocumentDB records audit events only when the cluster parameter audit_logs is enabled in the cluster parameter group, whose default is disabled; exporting the audit log to CloudWatch Logs (EnableCloudwatchLogsExports) publishes nothing until it is.',
  customerSide:
    "Recording who authenticated and what they changed is the customer's: the cluster's parameter group must set audit_logs, besides exporting the audit log (docdb-cluster-audit-log-export).",
  severity: 'warning',
  remediation: {
    l2: "new docdb.DatabaseCluster(this, id, { ..., exportAuditLogsToCloudWatch: true, parameterGroup: new docdb.ClusterParameterGroup(this, 'Params', { family, parameters: { audit_logs: 'enabled' } }) })",
    l1: 'DBClusterParameterGroupName: a AWS::DocDB::DBClusterParameterGroup with Parameters { audit_logs: enabled }',
  },
  controls: { fsbp: [], nist: [...NIST.logging] },
  sources: [
    'https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html',
    'https://docs.aws.amazon.com/documentdb/latest/developerguide/cluster_parameter_groups-list_of_parameters.html',
    `${CFN_DOCDB_CLUSTER}#cfn-docdb-dbcluster-dbclusterparametergroupname`,
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-docdb-dbclusterparametergroup.html',
  ],
  messages: {
    defaultGroup: 'The cluster uses {group}, where audit_logs keeps its default (disabled), so no audit events are recorded.',
    off: 'The cluster parameter group {group} sets audit_logs to {value}, so no audit events are recorded.',
  },
  evaluate(ctx) {
    const name = ctx.props.at('DBClusterParameterGroupName');
    if (!name.isSet()) return unconfigured('defaultGroup', { group: 'the default cluster parameter group' });
    const group = ctx.target(name);
    if (group === undefined || group.type !== 'AWS::DocDB::DBClusterParameterGroup') {
      const literal = name.str()!;
      if (literal.startsWith('default.')) return unconfigured('defaultGroup', { group: `the default cluster parameter group ${literal}` });
      return unknown(`the cluster parameter group '${literal}' is not defined in this app, so its audit_logs parameter cannot be read`);
    }
    const value = ctx.propsOf(group).at('Parameters.audit_logs').str();
    if (value === undefined) return unconfigured('defaultGroup', { group: `the cluster parameter group ${group.logicalId}` });
    if (OFF.has(value.toLowerCase())) return unconfigured('off', { group: group.logicalId, value });
    return configured(`the cluster parameter group ${group.logicalId} sets audit_logs=${value}`);
  },
});
