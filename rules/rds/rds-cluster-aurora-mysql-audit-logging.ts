import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured, unknown } from '../../lib/model/verdict';
import { CFN_CLUSTER, NIST, RDS_CONTROLS, engineOf, parameterGroupOf } from './helpers';

export default defineDuty({
  id: 'rds-cluster-aurora-mysql-audit-logging',
  title: 'Aurora MySQL DB cluster has Advanced Auditing turned on',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::RDS::DBCluster'],
  awsSide:
    'Aurora MySQL records connections and queries in its audit log only when the DB cluster parameter group sets server_audit_logging to 1 and lists the events in server_audit_events; the default cluster parameter group leaves auditing off.',
  customerSide:
    "Deciding which database activity is audited is the customer's: without Advanced Auditing there is no record of who connected and what they ran.",
  severity: 'warning',
  remediation: {
    l2: "new rds.DatabaseCluster(this, id, { engine, vpc, writer, parameters: { server_audit_logging: '1', server_audit_events: 'CONNECT,QUERY_DCL,QUERY_DDL' } })",
    l1: 'DBClusterParameterGroupName: an AWS::RDS::DBClusterParameterGroup with Parameters server_audit_logging: "1" and server_audit_events set',
  },
  controls: { fsbp: ['RDS.45'], nist: [...NIST.logging] },
  sources: [
    `${RDS_CONTROLS}#rds-45`,
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Auditing.html',
    `${CFN_CLUSTER}#cfn-rds-dbcluster-dbclusterparametergroupname`,
  ],
  messages: {
    defaultGroup: 'The cluster uses the default DB cluster parameter group{name}, which leaves server_audit_logging off.',
    off: 'The DB cluster parameter group {group} sets server_audit_logging to "{value}".',
    noLogging: 'The DB cluster parameter group {group} does not set server_audit_logging, which is off by default.',
    noEvents: 'The DB cluster parameter group {group} turns server_audit_logging on but sets no server_audit_events.',
  },
  evaluate(ctx) {
    const engine = engineOf(ctx.props);
    if (engine !== 'aurora-mysql' && engine !== 'aurora')
      return notApplicable(`Advanced Auditing is an Aurora MySQL feature, not engine ${engine ?? '(not set)'}`);
    const group = parameterGroupOf(ctx, ctx.props.at('DBClusterParameterGroupName'), 'AWS::RDS::DBClusterParameterGroup');
    if (group.kind === 'default') return unconfigured('defaultGroup', { name: group.name ? ` ${group.name}` : '' });
    if (group.kind === 'external') return unknown(`the DB cluster parameter group '${group.name}' is not defined in this app`);
    const id = group.record.logicalId;
    const logging = group.parameters.at('server_audit_logging').str();
    if (logging === undefined) return unconfigured('noLogging', { group: id });
    if (!['1', 'on', 'true'].includes(logging.toLowerCase())) return unconfigured('off', { group: id, value: logging });
    const events = group.parameters.at('server_audit_events').str();
    if (!events || events.trim() === '') return unconfigured('noEvents', { group: id });
    return configured(`${id} sets server_audit_logging=${logging} and server_audit_events=${events}`);
  },
});
