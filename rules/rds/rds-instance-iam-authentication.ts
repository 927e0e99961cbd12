import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { CFN_INSTANCE, NIST, RDS_CONTROLS, clusterOf, engineOf } from './helpers';

const SUPPORTED = ['mysql', 'mariadb', 'postgres'];

export default defineDuty({
  id: 'rds-instance-iam-authentication',
  title: 'RDS DB instance has IAM database authentication enabled',
  category: 'identity-and-access',
  resourceTypes: ['AWS::RDS::DBInstance'],
  awsSide:
    'For RDS for MariaDB, MySQL and PostgreSQL, RDS can accept short-lived IAM authentication tokens instead of database passwords; IAM database authentication is off unless EnableIAMDatabaseAuthentication is true.',
  customerSide:
    "Who can log in to the database is the customer's: IAM database authentication lets access be granted and revoked centrally with IAM policies instead of long-lived passwords.",
  severity: 'warning',
  remediation: {
    l2: 'new rds.DatabaseInstance(this, id, { engine, vpc, iamAuthentication: true })',
    l1: 'EnableIAMDatabaseAuthentication: true',
  },
  controls: { fsbp: ['RDS.10'], nist: [...NIST.iamAuth] },
  sources: [
    `${RDS_CONTROLS}#rds-10`,
    `${CFN_INSTANCE}#cfn-rds-dbinstance-enableiamdatabaseauthentication`,
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html',
  ],
  messages: {
    notSet: 'EnableIAMDatabaseAuthentication is not set, and IAM database authentication is off by default for this {engine} instance.',
    disabled: 'EnableIAMDatabaseAuthentication is false for this {engine} instance.',
  },
  evaluate(ctx) {
    if (clusterOf(ctx).member)
      return notApplicable('IAM authentication of Aurora is set on the DB cluster (see rds-cluster-iam-authentication)');
    const engine = engineOf(ctx.props);
    if (engine === undefined || !SUPPORTED.includes(engine)) {
      return notApplicable(
        `IAM database authentication is supported for RDS for MariaDB, MySQL and PostgreSQL, not for engine ${engine ?? '(not set)'}`,
      );
    }
    const value = ctx.props.at('EnableIAMDatabaseAuthentication').bool();
    if (value === true) return configured('EnableIAMDatabaseAuthentication is true');
    return unconfigured(value === false ? 'disabled' : 'notSet', { engine });
  },
});
