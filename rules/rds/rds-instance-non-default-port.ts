import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { CFN_INSTANCE, NIST, RDS_CONTROLS, clusterOf, defaultPort, engineOf } from './helpers';

export default defineDuty({
  id: 'rds-instance-non-default-port',
  title: "RDS DB instance does not listen on its engine's default port",
  category: 'infrastructure-security',
  resourceTypes: ['AWS::RDS::DBInstance'],
  awsSide:
    "RDS listens on the engine's default port when Port is not set (MySQL and MariaDB 3306, PostgreSQL 5432, SQL Server 1433, Oracle 1521, Db2 50000).",
  customerSide:
    'A non-default port is a small defence in depth the customer can choose: it makes the database less visible to scans for well-known ports, but never replaces security groups.',
  severity: 'info',
  remediation: {
    l2: 'new rds.DatabaseInstance(this, id, { engine, vpc, port: 15432 })',
    l1: 'Port: a value other than the engine default (1150-65535)',
  },
  controls: { fsbp: ['RDS.23'], nist: [...NIST.publicAccess] },
  sources: [`${RDS_CONTROLS}#rds-23`, `${CFN_INSTANCE}#cfn-rds-dbinstance-port`],
  messages: {
    notSet: 'Port is not set, so the {engine} instance listens on its default port {port}.',
    isDefault: 'Port is {port}, the default port of {engine}.',
  },
  evaluate(ctx) {
    if (clusterOf(ctx).member) return notApplicable('the port of an Aurora DB instance is set on its DB cluster');
    const engine = engineOf(ctx.props);
    const port = engine === undefined ? undefined : defaultPort(engine);
    if (engine === undefined || port === undefined)
      return notApplicable(`no default port is documented for engine ${engine ?? '(not set)'}`);
    const value = ctx.props.at('Port').num();
    if (value === undefined) return unconfigured('notSet', { engine, port });
    if (value === port) return unconfigured('isDefault', { engine, port });
    return configured(`Port is ${value}`);
  },
});
