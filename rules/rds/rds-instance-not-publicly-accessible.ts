import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CFN_INSTANCE, NIST, RDS_CONTROLS, clusterOf, engineOf, isAurora } from './helpers';

export default defineDuty({
  id: 'rds-instance-not-publicly-accessible',
  title: 'RDS DB instance is not publicly accessible',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::RDS::DBInstance'],
  awsSide:
    'RDS gives a publicly accessible DB instance a DNS name that resolves to a public IP address; when PubliclyAccessible is not set, RDS makes a non-Aurora instance public if no DB subnet group (the default VPC) or the subnet group named "default" is used, and private otherwise.',
  customerSide:
    "Network exposure of the database is the customer's: a publicly accessible instance is reachable from the internet wherever its security groups allow, so databases belong in private subnets with PubliclyAccessible false.",
  severity: 'error',
  remediation: {
    l2: 'new rds.DatabaseInstance(this, id, { engine, vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }, publiclyAccessible: false })',
    l1: 'PubliclyAccessible: false and a DBSubnetGroupName of private subnets',
  },
  controls: { fsbp: ['RDS.2'], nist: [...NIST.publicAccess] },
  sources: [
    `${RDS_CONTROLS}#rds-2`,
    `${CFN_INSTANCE}#cfn-rds-dbinstance-publiclyaccessible`,
    'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html',
  ],
  messages: {
    explicit: 'PubliclyAccessible is true, so the DB instance endpoint resolves to a public IP address.',
    defaultVpc:
      'PubliclyAccessible and DBSubnetGroupName are not set, so RDS places the {engine} instance in the default VPC and makes it publicly accessible.',
    defaultGroup: 'PubliclyAccessible is not set and DBSubnetGroupName is "default", so RDS makes the DB instance publicly accessible.',
  },
  evaluate(ctx) {
    const explicit = ctx.props.at('PubliclyAccessible').bool();
    if (explicit === true) return unconfigured('explicit');
    if (explicit === false) return configured('PubliclyAccessible is false');
    const group = ctx.props.at('DBSubnetGroupName');
    if (!group.isSet()) {
      const engine = engineOf(ctx.props);
      if (clusterOf(ctx).member || isAurora(engine))
        return configured('PubliclyAccessible is not set; RDS defaults an Aurora DB instance without a DB subnet group to private');
      return unconfigured('defaultVpc', { engine: engine ?? 'DB' });
    }
    if (ctx.target(group) === undefined && group.str()!.toLowerCase() === 'default') return unconfigured('defaultGroup');
    return configured('PubliclyAccessible is not set; RDS defaults to private for a DB subnet group other than "default"');
  },
});
