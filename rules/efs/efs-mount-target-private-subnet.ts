import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';

export default defineDuty({
  id: 'efs-mount-target-private-subnet',
  title: 'EFS mount target is not in a subnet that assigns public IP addresses',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::EFS::MountTarget'],
  awsSide:
    'Amazon EFS creates a network interface for each mount target in the subnet the customer names; Security Hub treats a subnet that assigns public IPv4 addresses on launch (MapPublicIpOnLaunch, false by default) as public.',
  customerSide:
    "Placing file system endpoints in private subnets is the customer's: a mount target in a public subnet sits next to internet-facing resources and is one security group rule away from exposure.",
  severity: 'warning',
  remediation: {
    l2: 'new efs.FileSystem(this, id, { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS } }) (the L2 default selects private subnets)',
    l1: 'SubnetId: a subnet whose MapPublicIpOnLaunch is false',
  },
  controls: { fsbp: ['EFS.6'], nist: ['AC-4', 'AC-21', 'SC-7', 'SC-7(3)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-6',
    'https://docs.aws.amazon.com/config/latest/developerguide/efs-mount-target-public-accessible.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-subnet.html#cfn-ec2-subnet-mappubliciponlaunch',
  ],
  messages: {
    publicSubnet: 'The mount target is in subnet {subnet}, which sets MapPublicIpOnLaunch: true (a public subnet).',
  },
  evaluate(ctx) {
    const subnetId = ctx.props.at('SubnetId');
    const subnet = ctx.target(subnetId);
    if (!subnet || subnet.type !== 'AWS::EC2::Subnet') {
      subnetId.str(); // a parameter or import: unknown, naming it
      return unknown(
        "the mount target's subnet is not defined in this app, so whether it assigns public IP addresses cannot be checked here",
      );
    }
    if (ctx.propsOf(subnet).at('MapPublicIpOnLaunch').bool() === true) return unconfigured('publicSubnet', { subnet: subnet.logicalId });
    return configured(`subnet ${subnet.logicalId} does not assign public IP addresses on launch`);
  },
});
