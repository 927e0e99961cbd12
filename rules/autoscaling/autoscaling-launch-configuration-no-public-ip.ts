import type { EvaluationContext } from '../../lib/model/context';
import { defineDuty } from '../../lib/model/duty';
import type { ResourceRecord } from '../../lib/model/resource';
import { configured, unconfigured, type Verdict } from '../../lib/model/verdict';
import { subnetMapsPublicIp } from '../ec2/helpers';
import { groupsUsing } from './helpers';

export default defineDuty({
  id: 'autoscaling-launch-configuration-no-public-ip',
  title: 'Instances launched from an Auto Scaling launch configuration get no public IP address',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::AutoScaling::LaunchConfiguration'],
  awsSide:
    "AWS gives each instance the configuration launches a public IPv4 address when AssociatePublicIpAddress is true or, when it is not set, when the group's subnet assigns one (default subnets do), and routes internet traffic to it.",
  customerSide:
    "Deciding what is reachable from the internet is the customer's: launch the group's instances without public addresses, in subnets that assign none, behind a load balancer.",
  severity: 'warning',
  remediation: {
    l2: 'new autoscaling.AutoScalingGroup(this, id, { ..., associatePublicIpAddress: false, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS } })',
    l1: 'AssociatePublicIpAddress: false on the AWS::AutoScaling::LaunchConfiguration, and VPCZoneIdentifier subnets with MapPublicIpOnLaunch false',
  },
  controls: { fsbp: ['AutoScaling.5'], nist: ['AC-4', 'AC-4(21)', 'AC-21', 'AC-3', 'SC-7', 'SC-7(3)', 'SC-7(4)', 'SC-7(21)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-5',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-launchconfiguration.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-subnet.html',
  ],
  messages: {
    associate: 'AssociatePublicIpAddress is true, so every instance the configuration launches gets a public IPv4 address.',
    subnet:
      'AssociatePublicIpAddress is not set and group {group} launches into subnet {subnet}, which has MapPublicIpOnLaunch: true, so its instances get public IPv4 addresses.',
    defaultSubnet:
      'AssociatePublicIpAddress is not set and group {group} names no subnets (VPCZoneIdentifier), so its instances launch into default subnets, which assign public IPv4 addresses.',
  },
  evaluate(ctx) {
    const associate = ctx.props.at('AssociatePublicIpAddress').bool();
    if (associate === true) return unconfigured('associate');
    if (associate === false) return configured('AssociatePublicIpAddress is false');
    const groups = groupsUsing(ctx);
    for (const group of groups.sure) {
      const finding = publicLaunch(ctx, group);
      if (finding) return finding;
    }
    groups.settle((g) => publicLaunch(ctx, g) !== undefined);
    return configured(
      groups.sure.length > 0
        ? 'AssociatePublicIpAddress is not set and the groups that use the configuration launch into subnets that assign no public IPv4 address'
        : 'AssociatePublicIpAddress is not set; no group of the app uses the configuration',
    );
  },
});

/** The finding when a group launches from the configuration into subnets that assign public IPv4 addresses. */
function publicLaunch(ctx: EvaluationContext, group: ResourceRecord): Verdict<'subnet' | 'defaultSubnet'> | undefined {
  const subnets = ctx.propsOf(group).at('VPCZoneIdentifier').list();
  if (subnets === undefined || subnets.length === 0) return unconfigured('defaultSubnet', { group: group.logicalId });
  for (const s of subnets) {
    const subnet = subnetMapsPublicIp(ctx, s);
    if (subnet.maps) return unconfigured('subnet', { group: group.logicalId, subnet: subnet.subnet });
  }
  return undefined;
}
