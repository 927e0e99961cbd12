import { defineDuty } from '../../lib/model/duty';
import type { Value } from '../../lib/model/value';
import { configured, unconfigured } from '../../lib/model/verdict';
import { launchTemplateData, launchTemplateOf, subnetMapsPublicIp } from './helpers';

export default defineDuty({
  id: 'ec2-instance-no-public-ip',
  title: 'EC2 instance has no public IPv4 address',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::EC2::Instance'],
  awsSide:
    'AWS routes traffic from the internet to any public IPv4 address it assigns; an instance gets one when its primary network interface asks for it (AssociatePublicIpAddress), when its subnet has MapPublicIpOnLaunch (default subnets do), or when an Elastic IP is associated with it.',
  customerSide:
    "Deciding what is reachable from the internet is the customer's: launch instances in subnets that assign no public IPv4 address and reach them through a load balancer, Session Manager or a VPN instead.",
  severity: 'warning',
  remediation: {
    l2: 'new ec2.Instance(this, id, { ..., vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }, associatePublicIpAddress: false })',
    l1: 'SubnetId of a subnet with MapPublicIpOnLaunch: false, or NetworkInterfaces: [{ DeviceIndex: "0", AssociatePublicIpAddress: false, SubnetId }]; no AWS::EC2::EIP or AWS::EC2::EIPAssociation for the instance',
  },
  controls: { fsbp: ['EC2.9'], nist: ['AC-4', 'AC-4(21)', 'AC-21', 'AC-3', 'SC-7', 'SC-7(3)', 'SC-7(4)', 'SC-7(21)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-9',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-networkinterface.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-subnet.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-eip.html',
  ],
  messages: {
    associate: 'The primary network interface in {where} sets AssociatePublicIpAddress: true, so the instance gets a public IPv4 address.',
    subnet: 'The instance launches into subnet {subnet}, which has MapPublicIpOnLaunch: true, so it gets a public IPv4 address.',
    defaultSubnet:
      'The instance names no subnet, so it launches into a default subnet of the default VPC, which assigns public IPv4 addresses.',
    elasticIp: 'Elastic IP {eip} is associated with the instance, giving it a public IPv4 address.',
  },
  evaluate(ctx) {
    const eips = ctx.attachments('AWS::EC2::EIP', 'InstanceId').concat(ctx.attachments('AWS::EC2::EIPAssociation', 'InstanceId'));
    if (eips.sure.length > 0) return unconfigured('elasticIp', { eip: eips.sure[0].logicalId });
    eips.settle(); // an Elastic IP that may be associated with the instance (an Fn::If, a parameter) makes it unknown
    // The instance's own network settings take precedence; the launch template is read only when they are absent.
    let interfaces = ctx.props.at('NetworkInterfaces');
    let where = 'the instance';
    let subnet: Value = ctx.props.at('SubnetId');
    if (interfaces.raw === undefined && subnet.raw === undefined) {
      const lt = launchTemplateOf(ctx, ctx.props.at('LaunchTemplate'));
      if (lt) {
        interfaces = launchTemplateData(ctx, lt).at('NetworkInterfaces');
        where = `launch template ${lt.logicalId}`;
      }
    }
    const list = interfaces.list() ?? [];
    const primary = list.find((ni) => ni.at('DeviceIndex').num() === 0) ?? list[0];
    if (primary) {
      const associate = primary.at('AssociatePublicIpAddress').bool();
      if (associate === true) return unconfigured('associate', { where });
      if (associate === false) return configured(`the primary network interface in ${where} sets AssociatePublicIpAddress: false`);
      if (primary.at('NetworkInterfaceId').raw !== undefined)
        return configured('the primary network interface is an existing one, which gets no public IPv4 address at launch');
      if (primary.at('SubnetId').raw !== undefined) subnet = primary.at('SubnetId');
    }
    if (subnet.raw === undefined) return unconfigured('defaultSubnet');
    const s = subnetMapsPublicIp(ctx, subnet);
    if (s.maps) return unconfigured('subnet', { subnet: s.subnet });
    return configured(`subnet ${s.subnet} does not assign public IPv4 addresses (MapPublicIpOnLaunch is not true)`);
  },
});
