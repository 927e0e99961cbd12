import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { CFN_CLUSTER, NIST, isMultiAzDbCluster } from './helpers';

export default defineDuty({
  id: 'rds-cluster-not-publicly-accessible',
  title: 'Multi-AZ DB cluster is not publicly accessible',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::RDS::DBCluster'],
  awsSide:
    'RDS gives a publicly accessible Multi-AZ DB cluster endpoints that resolve to public IP addresses; when PubliclyAccessible is not set it defaults to true without a DB subnet group or with the subnet group "default", and to false otherwise.',
  customerSide:
    "Network exposure of the database is the customer's: a publicly accessible cluster is reachable from the internet wherever its security groups allow.",
  severity: 'error',
  remediation: {
    l1: 'PubliclyAccessible: false and a DBSubnetGroupName of private subnets',
  },
  controls: { fsbp: [], nist: [...NIST.publicAccess] },
  sources: [`${CFN_CLUSTER}#cfn-rds-dbcluster-publiclyaccessible`],
  messages: {
    explicit: 'PubliclyAccessible is true, so the cluster endpoints resolve to public IP addresses.',
    defaulted: 'PubliclyAccessible is not set and DBSubnetGroupName is {group}, so RDS makes the Multi-AZ DB cluster publicly accessible.',
  },
  evaluate(ctx) {
    if (!isMultiAzDbCluster(ctx.props))
      return notApplicable('public access of an Aurora cluster is set on each DB instance (see rds-instance-not-publicly-accessible)');
    const explicit = ctx.props.at('PubliclyAccessible').bool();
    if (explicit === true) return unconfigured('explicit');
    if (explicit === false) return configured('PubliclyAccessible is false');
    const group = ctx.props.at('DBSubnetGroupName');
    if (!group.isSet()) return unconfigured('defaulted', { group: 'not set' });
    if (ctx.target(group) === undefined && group.str()!.toLowerCase() === 'default')
      return unconfigured('defaulted', { group: '"default"' });
    return configured('PubliclyAccessible is not set; RDS defaults to private for a DB subnet group other than "default"');
  },
});
