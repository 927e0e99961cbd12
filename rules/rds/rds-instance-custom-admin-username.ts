import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { CFN_INSTANCE, DEFAULT_ADMIN_NAMES, NIST, RDS_CONTROLS, clusterOf, inheritedFrom, masterUsernameOf } from './helpers';

export default defineDuty({
  id: 'rds-instance-custom-admin-username',
  title: 'RDS DB instance does not use a default administrator user name',
  category: 'identity-and-access',
  resourceTypes: ['AWS::RDS::DBInstance'],
  awsSide:
    'RDS creates the master user with the name given in MasterUsername; the well-known names "admin" and "postgres" are what the AWS Config rule behind RDS.25 treats as defaults.',
  customerSide:
    "Naming the administrative account is the customer's: a default, publicly known user name leaves attackers only the password to guess.",
  severity: 'info',
  remediation: {
    l2: "new rds.DatabaseInstance(this, id, { engine, vpc, credentials: rds.Credentials.fromGeneratedSecret('dbmaster') })",
    l1: 'MasterUsername: a name other than admin or postgres',
  },
  controls: { fsbp: ['RDS.25'], nist: [...NIST.configuration] },
  sources: [
    `${RDS_CONTROLS}#rds-25`,
    'https://docs.aws.amazon.com/config/latest/developerguide/rds-instance-default-admin-check.html',
    `${CFN_INSTANCE}#cfn-rds-dbinstance-masterusername`,
  ],
  messages: {
    isDefault: 'The master user name is "{name}" (from {from}), a default administrator name.',
  },
  evaluate(ctx) {
    if (clusterOf(ctx).member)
      return notApplicable('the master user of Aurora is set on the DB cluster (see rds-cluster-custom-admin-username)');
    const source = inheritedFrom(ctx.props);
    if (source) return notApplicable(`the master user is inherited through ${source}`);
    const user = masterUsernameOf(ctx, ctx.props.at('MasterUsername'));
    if (user === undefined) return notApplicable('MasterUsername is not set (the instance has no master user of its own)');
    if (DEFAULT_ADMIN_NAMES.includes(user.name.toLowerCase())) return unconfigured('isDefault', { name: user.name, from: user.from });
    return configured(`the master user name is "${user.name}" (from ${user.from})`);
  },
});
