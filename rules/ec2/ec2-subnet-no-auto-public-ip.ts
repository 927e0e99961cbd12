import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'ec2-subnet-no-auto-public-ip',
  title: 'Subnet does not assign public IPv4 addresses automatically',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::EC2::Subnet'],
  awsSide:
    'AWS gives every instance launched into a subnet with MapPublicIpOnLaunch a public IPv4 address unless the launch says otherwise (default false for subnets created with CloudFormation; true in default subnets). Internet-facing load balancers and NAT gateways in a public subnet do not need it: they get their own addresses.',
  customerSide:
    "Deciding which instances are reachable from the internet is the customer's: a public subnet can route to an internet gateway without handing a public address to every instance placed in it. CDK's Vpc turns the setting on for its public subnets by default.",
  severity: 'warning',
  remediation: {
    l2: "new ec2.Vpc(this, id, { subnetConfiguration: [{ name: 'Public', subnetType: ec2.SubnetType.PUBLIC, mapPublicIpOnLaunch: false }, ...] })",
    l1: 'MapPublicIpOnLaunch: false (or omitted) on the AWS::EC2::Subnet',
  },
  controls: { fsbp: ['EC2.15'], nist: ['AC-21', 'AC-3', 'AC-4', 'AC-4(21)', 'SC-7', 'SC-7(3)', 'SC-7(4)', 'SC-7(21)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-15',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-subnet.html',
    'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_ec2.SubnetConfiguration.html#mappubliciponlaunch',
  ],
  messages: {
    maps: 'MapPublicIpOnLaunch is true, so every instance launched into the subnet without an explicit setting gets a public IPv4 address.',
  },
  evaluate(ctx) {
    const maps = ctx.props.at('MapPublicIpOnLaunch').bool();
    if (maps === true) return unconfigured('maps');
    return configured(maps === false ? 'MapPublicIpOnLaunch is false' : 'MapPublicIpOnLaunch is not set (default false)');
  },
});
