import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured, unknown } from '../../lib/model/verdict';
import { NIST, RDS_CONTROLS, CFN_INSTANCE, clusterOf, engineOf, parameterGroupOf, tlsEnforcement, tlsParameterFor } from './helpers';

export default defineDuty({
  id: 'rds-instance-require-tls',
  title: 'RDS DB instance requires TLS for client connections',
  category: 'data-protection',
  resourceTypes: ['AWS::RDS::DBInstance'],
  awsSide:
    'RDS installs a TLS certificate on every DB instance and accepts TLS connections, but accepts plaintext connections too unless the DB parameter group requires TLS: rds.force_ssl=1 for PostgreSQL (the default from PostgreSQL 15) and SQL Server, require_secure_transport=ON for MySQL (off by default through 8.4) and MariaDB (off by default through 11.4).',
  customerSide:
    "Protecting data in transit to the database is the customer's: the parameter group must reject clients that do not use TLS, or credentials and data can cross the network in plaintext.",
  severity: 'error',
  remediation: {
    l2: "new rds.DatabaseInstance(this, id, { engine, vpc, parameters: { 'rds.force_ssl': '1' } }) (MySQL and MariaDB: { require_secure_transport: 'ON' })",
    l1: 'DBParameterGroupName: an AWS::RDS::DBParameterGroup with Parameters rds.force_ssl: "1" (PostgreSQL, SQL Server) or require_secure_transport: "ON" (MySQL, MariaDB)',
  },
  controls: { fsbp: ['RDS.41', 'RDS.44'], nist: [...NIST.tls] },
  sources: [
    `${RDS_CONTROLS}#rds-41`,
    `${RDS_CONTROLS}#rds-44`,
    `${CFN_INSTANCE}#cfn-rds-dbinstance-dbparametergroupname`,
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/ssl-certificate-rotation-postgresql.html',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mysql-ssl-connections.require-ssl.html',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mariadb-ssl-connections.require-ssl.html',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/SQLServer.Concepts.General.SSL.Using.html',
  ],
  messages: {
    off: '{detail} Set {parameter}={required} in the DB parameter group.',
  },
  evaluate(ctx) {
    if (clusterOf(ctx).member)
      return notApplicable('TLS for Aurora is required through the DB cluster parameter group (see rds-cluster-require-tls)');
    const engine = engineOf(ctx.props);
    const version = ctx.props.at('EngineVersion').str();
    const tls = engine === undefined ? undefined : tlsParameterFor(engine, version);
    if (engine === undefined || tls === undefined) {
      return notApplicable(
        `engine ${engine ?? '(not set)'} does not require TLS through a DB parameter (Oracle uses the SSL option of an option group)`,
      );
    }
    const group = parameterGroupOf(ctx, ctx.props.at('DBParameterGroupName'), 'AWS::RDS::DBParameterGroup');
    const outcome = tlsEnforcement(group, tls, engine, version);
    if (outcome.kind === 'on') return configured(outcome.note);
    if (outcome.kind === 'unknown') return unknown(outcome.reason);
    return unconfigured('off', { detail: outcome.detail, parameter: tls.name, required: tls.required });
  },
});
