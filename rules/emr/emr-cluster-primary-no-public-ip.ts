import type { EvaluationContext } from '../../lib/model/context';
import { defineDuty } from '../../lib/model/duty';
import type { ResourceRecord } from '../../lib/model/resource';
import type { Value } from '../../lib/model/value';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';
import { subnetMapsPublicIp } from '../ec2/helpers';
import { CFN_CLUSTER, EMR_CONTROLS } from './helpers';

const VPC_OPTIONS = 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-clusters-in-a-vpc.html';

/** The subnets the cluster may be placed in: `Instances.Ec2SubnetId`, or the `Ec2SubnetIds` an instance fleet chooses from. */
function subnetsOf(ctx: EvaluationContext): Value[] {
  const one = ctx.props.at('Instances.Ec2SubnetId');
  if (one.raw !== undefined && one.raw !== '') return [one];
  return ctx.props.at('Instances.Ec2SubnetIds').list() ?? [];
}

/** An AWS::EC2::Route of the template that sends the subnet's traffic to an internet gateway, through its route table association. */
function internetRoute(ctx: EvaluationContext, subnet: ResourceRecord): ResourceRecord | undefined {
  for (const association of ctx.index.referrers(subnet, 'AWS::EC2::SubnetRouteTableAssociation')) {
    const table = ctx.target(ctx.propsOf(association).at('RouteTableId'));
    if (!table) continue;
    for (const route of ctx.index.referrers(table, 'AWS::EC2::Route')) {
      const gateway = ctx.propsOf(route).at('GatewayId');
      const target = ctx.target(gateway);
      if (target?.type === 'AWS::EC2::InternetGateway' || (!gateway.isToken && /^igw-/.test(gateway.str() ?? ''))) return route;
    }
  }
  return undefined;
}

export default defineDuty({
  id: 'emr-cluster-primary-no-public-ip',
  title: 'EMR cluster primary node has no public IP address',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::EMR::Cluster'],
  awsSide:
    "Amazon EMR launches the cluster's instances into the subnet the cluster names; EC2 gives them public IPv4 addresses where the subnet assigns them on launch (MapPublicIpOnLaunch), and EMR can reach a cluster in a public subnet only through an internet gateway.",
  customerSide:
    "Keeping the primary node (and its web interfaces and SSH) off the internet is the customer's: launch the cluster in a private subnet that does not assign public IPv4 addresses.",
  severity: 'error',
  remediation: {
    l1: 'Instances: { Ec2SubnetId: <a private subnet, MapPublicIpOnLaunch: false, no route to an internet gateway> }',
  },
  controls: {
    fsbp: ['EMR.1'],
    nist: [
      'AC-21',
      'AC-3',
      'AC-3(7)',
      'AC-4',
      'AC-4(21)',
      'AC-6',
      'SC-7',
      'SC-7(11)',
      'SC-7(16)',
      'SC-7(20)',
      'SC-7(21)',
      'SC-7(3)',
      'SC-7(4)',
      'SC-7(9)',
    ],
  },
  sources: [
    `${EMR_CONTROLS}#emr-1`,
    `${CFN_CLUSTER}#cfn-emr-cluster-jobflowinstancesconfig-ec2subnetid`,
    VPC_OPTIONS,
    'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-vpc-launching-job-flows.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-subnet.html#cfn-ec2-subnet-mappubliciponlaunch',
  ],
  messages: {
    maps: 'The cluster is launched in subnet {subnet}, which assigns public IPv4 addresses on launch (MapPublicIpOnLaunch: true), so its primary node gets a public IP address.',
  },
  evaluate(ctx) {
    const subnets = subnetsOf(ctx);
    if (subnets.length === 0)
      return unknown(
        'the cluster names no Ec2SubnetId or Ec2SubnetIds: EMR then places it in a subnet the account chooses (a default subnet assigns public IPv4 addresses), which the app does not show',
      );
    const records: ResourceRecord[] = [];
    for (const subnet of subnets) {
      const s = subnetMapsPublicIp(ctx, subnet);
      if (s.maps) return unconfigured('maps', { subnet: s.subnet });
      records.push(ctx.target(subnet)!);
    }
    for (const subnet of records) {
      const route = internetRoute(ctx, subnet);
      if (route)
        return unknown(
          `subnet ${subnet.logicalId} does not assign public IPv4 addresses, but route ${route.logicalId} sends its traffic to an internet gateway, and EMR reaches a cluster in a public subnet only through one: whether its nodes get public addresses there is EMR's decision, which AWS does not document`,
        );
    }
    return configured(
      `subnet ${records.map((r) => r.logicalId).join(', ')} assigns no public IPv4 addresses and routes to no internet gateway`,
    );
  },
});
