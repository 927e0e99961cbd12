import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured, unknown } from '../../lib/model/verdict';
import { CFN_CLUSTER, NIST, engineOf, parameterGroupOf, tlsEnforcement, tlsParameterFor } from './helpers';

export default defineDuty({
  id: 'rds-cluster-require-tls',
  title: 'RDS DB cluster requires TLS for client connections',
  category: 'data-protection',
  resourceTypes: ['AWS::RDS::DBCluster'],
  awsSide:
    'Aurora and Multi-AZ DB clusters accept TLS connections with an RDS certificate, but accept plaintext too unless the DB cluster parameter group requires TLS: require_secure_transport=ON for Aurora MySQL, rds.force_ssl=1 for Aurora PostgreSQL (both off in the default cluster parameter groups).',
  customerSide:
    "Protecting data in transit to the database is the customer's: the cluster parameter group must reject clients that do not use TLS, or credentials and data can cross the network in plaintext.",
  severity: 'error',
  remediation: {
    l2: "new rds.DatabaseCluster(this, id, { engine, vpc, writer, parameters: { require_secure_transport: 'ON' } }) (Aurora PostgreSQL: { 'rds.force_ssl': '1' })",
    l1: 'DBClusterParameterGroupName: an AWS::RDS::DBClusterParameterGroup with Parameters require_secure_transport: "ON" (Aurora MySQL) or rds.force_ssl: "1" (Aurora PostgreSQL)',
  },
  controls: { fsbp: [], nist: [...NIST.tls] },
  sources: [
    `${CFN_CLUSTER}#cfn-rds-dbcluster-dbclusterparametergroupname`,
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Security.html',
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraPostgreSQL.Security.html',
    'https://repost.aws/knowledge-center/aurora-postgresql-ssl-certificates',
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/ssl-certificate-rotation-aurora-postgresql.html',
  ],
  messages: {
    off: '{detail} Set {parameter}={required} in the DB cluster parameter group.',
  },
  evaluate(ctx) {
    const engine = engineOf(ctx.props);
    const version = ctx.props.at('EngineVersion').str();
    const tls = engine === undefined ? undefined : tlsParameterFor(engine, version);
    if (engine === undefined || tls === undefined) return notApplicable(`no TLS parameter is known for engine ${engine ?? '(not set)'}`);
    const group = parameterGroupOf(ctx, ctx.props.at('DBClusterParameterGroupName'), 'AWS::RDS::DBClusterParameterGroup');
    const outcome = tlsEnforcement(group, tls, engine, version);
    if (outcome.kind === 'on') return configured(outcome.note);
    if (outcome.kind === 'unknown') return unknown(outcome.reason);
    return unconfigured('off', { detail: outcome.detail, parameter: tls.name, required: tls.required });
  },
});
