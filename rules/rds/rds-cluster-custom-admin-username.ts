import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { CFN_CLUSTER, DEFAULT_ADMIN_NAMES, NIST, RDS_CONTROLS, clusterInheritedFrom, masterUsernameOf } from './helpers';

export default defineDuty({
  id: 'rds-cluster-custom-admin-username',
  title: 'RDS DB cluster does not use a default administrator user name',
  category: 'identity-and-access',
  resourceTypes: ['AWS::RDS::DBCluster'],
  awsSide:
    'RDS creates the cluster\'s master user with the name given in MasterUsername; the CDK DatabaseCluster generates a secret whose user name defaults to "admin" (or "postgres" for PostgreSQL engines), the names the Config rule behind RDS.24 treats as defaults.',
  customerSide:
    "Naming the administrative account is the customer's: a default, publicly known user name leaves attackers only the password to guess.",
  severity: 'info',
  remediation: {
    l2: "new rds.DatabaseCluster(this, id, { engine, vpc, writer, credentials: rds.Credentials.fromGeneratedSecret('dbmaster') })",
    l1: 'MasterUsername: a name other than admin or postgres',
  },
  controls: { fsbp: ['RDS.24'], nist: [...NIST.configuration] },
  sources: [
    `${RDS_CONTROLS}#rds-24`,
    'https://docs.aws.amazon.com/config/latest/developerguide/rds-cluster-default-admin-check.html',
    `${CFN_CLUSTER}#cfn-rds-dbcluster-masterusername`,
  ],
  messages: {
    isDefault: 'The master user name is "{name}" (from {from}), a default administrator name.',
  },
  evaluate(ctx) {
    const source = clusterInheritedFrom(ctx.props);
    if (source) return notApplicable(`the master user is inherited through ${source}`);
    const user = masterUsernameOf(ctx, ctx.props.at('MasterUsername'));
    if (user === undefined) return notApplicable('MasterUsername is not set');
    if (DEFAULT_ADMIN_NAMES.includes(user.name.toLowerCase())) return unconfigured('isDefault', { name: user.name, from: user.from });
    return configured(`the master user name is "${user.name}" (from ${user.from})`);
  },
});
