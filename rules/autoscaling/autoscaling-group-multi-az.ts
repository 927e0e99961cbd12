import type { EvaluationContext } from '../../lib/model/context';
import { defineDuty } from '../../lib/model/duty';
import { UnresolvedValue, type Value } from '../../lib/model/value';
import { zoneKey } from '../../lib/model/evidence/zones';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';

function subnetZone(ctx: EvaluationContext, subnet: Value): string {
  const record = ctx.target(subnet);
  if (!record || record.type !== 'AWS::EC2::Subnet') {
    throw new UnresolvedValue(
      subnet.path,
      `the subnet ${JSON.stringify(subnet.raw)}, whose Availability Zone is not visible because it is not defined in this app`,
    );
  }
  const props = ctx.propsOf(record);
  const az = props.at('AvailabilityZone').raw !== undefined ? props.at('AvailabilityZone') : props.at('AvailabilityZoneId');
  return zoneKey(az);
}

export default defineDuty({
  id: 'autoscaling-group-multi-az',
  title: 'Auto Scaling group spans multiple Availability Zones',
  category: 'resilience',
  resourceTypes: ['AWS::AutoScaling::AutoScalingGroup'],
  awsSide:
    'AWS keeps Availability Zones physically separate and Amazon EC2 Auto Scaling balances and replaces instances across the zones the group is configured for; a group confined to one zone goes down with it.',
  customerSide:
    "Designing for the failure of a zone is the customer's: give the group subnets (VPCZoneIdentifier) or AvailabilityZones in at least two zones.",
  severity: 'warning',
  remediation: {
    l2: 'new autoscaling.AutoScalingGroup(this, id, { ..., vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS } }) in a VPC with maxAzs >= 2',
    l1: 'VPCZoneIdentifier: subnets in two or more Availability Zones (or AvailabilityZones with two or more zones)',
  },
  controls: { fsbp: ['AutoScaling.2'], nist: ['CP-10', 'CP-2(2)', 'CP-6(2)', 'SC-36', 'SC-5(2)', 'SI-13(5)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-2',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-autoscalinggroup.html',
    'https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-availability-zone-balanced.html',
  ],
  messages: {
    oneZone: "The group's {what} in a single Availability Zone ({zone}), so an outage of that zone takes down every instance of the group.",
  },
  evaluate(ctx) {
    const subnets = ctx.props.at('VPCZoneIdentifier').list();
    if (subnets && subnets.length > 0) {
      if (subnets.length === 1) {
        const record = ctx.target(subnets[0]);
        const az = record ? ctx.propsOf(record).at('AvailabilityZone').raw : undefined;
        return unconfigured('oneZone', { what: 'only subnet is', zone: typeof az === 'string' ? az : 'one subnet' });
      }
      // Subnets of the app first: two of them in different zones settle it, whatever the others are.
      const known = new Set(subnets.filter((s) => ctx.target(s)?.type === 'AWS::EC2::Subnet').map((s) => subnetZone(ctx, s)));
      if (known.size >= 2) return configured(`the group's subnets span ${known.size} or more Availability Zones`);
      const zones = new Set(subnets.map((s) => subnetZone(ctx, s)));
      if (zones.size >= 2) return configured(`the group's ${subnets.length} subnets span ${zones.size} Availability Zones`);
      return unconfigured('oneZone', { what: `${subnets.length} subnets are all`, zone: [...zones][0] });
    }
    const azs = ctx.props.at('AvailabilityZones').list();
    if (azs && azs.length > 0) {
      const zones = new Set(azs.map(zoneKey));
      if (zones.size >= 2) return configured(`AvailabilityZones lists ${zones.size} zones`);
      return unconfigured('oneZone', { what: 'AvailabilityZones list only one zone, so its instances are all', zone: [...zones][0] });
    }
    return unknown('the group sets neither VPCZoneIdentifier nor AvailabilityZones');
  },
});
