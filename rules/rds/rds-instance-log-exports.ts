import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { CFN_INSTANCE, NIST, RDS_CONTROLS, clusterOf, engineOf, requiredLogTypes } from './helpers';

export default defineDuty({
  id: 'rds-instance-log-exports',
  title: 'RDS DB instance publishes its database logs to CloudWatch Logs',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::RDS::DBInstance'],
  awsSide:
    "RDS can stream the engine's logs (PostgreSQL: postgresql, upgrade; MySQL and MariaDB: audit, error, general, slowquery; SQL Server: agent, error; Oracle: alert, audit, listener, trace) to CloudWatch Logs; nothing is exported unless EnableCloudwatchLogsExports lists the log types.",
  customerSide:
    "Keeping database logs for security investigation and audit is the customer's: the log types must be exported (and, for MySQL and MariaDB, produced by the parameter or option group) so they outlive the instance.",
  severity: 'warning',
  remediation: {
    l2: "new rds.DatabaseInstance(this, id, { engine, vpc, cloudwatchLogsExports: ['postgresql', 'upgrade'] })",
    l1: "EnableCloudwatchLogsExports: the engine's log types, e.g. [postgresql, upgrade] or [audit, error, general, slowquery]",
  },
  controls: { fsbp: ['RDS.9'], nist: [...NIST.logging] },
  sources: [
    `${RDS_CONTROLS}#rds-9`,
    `${CFN_INSTANCE}#cfn-rds-dbinstance-enablecloudwatchlogsexports`,
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html',
  ],
  messages: {
    none: 'EnableCloudwatchLogsExports is not set, so no {engine} logs are published to CloudWatch Logs (expected: {expected}).',
    missing: 'EnableCloudwatchLogsExports is [{exported}], which leaves out {missing}.',
  },
  evaluate(ctx) {
    if (clusterOf(ctx).member) return notApplicable('log exports of Aurora are set on the DB cluster (see rds-cluster-log-exports)');
    const engine = engineOf(ctx.props);
    const expected = engine === undefined ? undefined : requiredLogTypes(engine);
    if (engine === undefined || expected === undefined)
      return notApplicable(`RDS.9 defines no log types for engine ${engine ?? '(not set)'}`);
    const exported = (ctx.props.at('EnableCloudwatchLogsExports').list() ?? []).map((v) => v.str()?.toLowerCase() ?? '');
    if (exported.length === 0) return unconfigured('none', { engine, expected: expected.join(', ') });
    const missing = expected.filter((t) => !exported.includes(t));
    if (missing.length > 0) return unconfigured('missing', { exported: exported.join(', '), missing: missing.join(', ') });
    return configured(`EnableCloudwatchLogsExports includes ${expected.join(', ')}`);
  },
});
