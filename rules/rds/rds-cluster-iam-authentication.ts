import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { CFN_CLUSTER, NIST, RDS_CONTROLS, engineOf, isAurora } from './helpers';

export default defineDuty({
  id: 'rds-cluster-iam-authentication',
  title: 'Aurora DB cluster has IAM database authentication enabled',
  category: 'identity-and-access',
  resourceTypes: ['AWS::RDS::DBCluster'],
  awsSide:
    'Aurora MySQL and Aurora PostgreSQL can accept short-lived IAM authentication tokens instead of database passwords; the mapping is off unless EnableIAMDatabaseAuthentication is true.',
  customerSide:
    "Who can log in to the database is the customer's: IAM database authentication lets access be granted and revoked centrally with IAM policies instead of long-lived passwords.",
  severity: 'warning',
  remediation: {
    l2: 'new rds.DatabaseCluster(this, id, { engine, vpc, writer, iamAuthentication: true })',
    l1: 'EnableIAMDatabaseAuthentication: true',
  },
  controls: { fsbp: ['RDS.12'], nist: [...NIST.iamAuth] },
  sources: [
    `${RDS_CONTROLS}#rds-12`,
    `${CFN_CLUSTER}#cfn-rds-dbcluster-enableiamdatabaseauthentication`,
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.IAMDBAuth.html',
  ],
  messages: {
    notSet: 'EnableIAMDatabaseAuthentication is not set, and IAM database authentication is off by default.',
    disabled: 'EnableIAMDatabaseAuthentication is false.',
  },
  evaluate(ctx) {
    const engine = engineOf(ctx.props);
    if (!isAurora(engine))
      return notApplicable(
        `EnableIAMDatabaseAuthentication on AWS::RDS::DBCluster is valid for Aurora DB clusters only, not engine ${engine ?? '(not set)'}`,
      );
    const value = ctx.props.at('EnableIAMDatabaseAuthentication').bool();
    if (value === true) return configured('EnableIAMDatabaseAuthentication is true');
    return unconfigured(value === false ? 'disabled' : 'notSet');
  },
});
