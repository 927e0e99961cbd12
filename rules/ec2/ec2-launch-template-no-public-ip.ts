import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'ec2-launch-template-no-public-ip',
  title: 'EC2 launch template does not assign public IP addresses to network interfaces',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::EC2::LaunchTemplate'],
  awsSide:
    'AWS gives every instance launched from the template a public IPv4 address when a network interface in the template sets AssociatePublicIpAddress: true, and routes internet traffic to it.',
  customerSide:
    "Deciding what is reachable from the internet is the customer's: leave AssociatePublicIpAddress unset or false in the template and expose workloads through load balancers instead. When it is unset, the subnet's MapPublicIpOnLaunch decides (see ec2-subnet-no-auto-public-ip).",
  severity: 'warning',
  remediation: {
    l2: 'new ec2.LaunchTemplate(this, id, { ..., associatePublicIpAddress: false })',
    l1: 'LaunchTemplateData.NetworkInterfaces[].AssociatePublicIpAddress: false (or omitted)',
  },
  controls: { fsbp: ['EC2.25'], nist: ['AC-4', 'AC-4(21)', 'AC-21', 'AC-3', 'SC-7', 'SC-7(3)', 'SC-7(4)', 'SC-7(21)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-25',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-networkinterface.html',
  ],
  messages: {
    associate:
      'LaunchTemplateData.NetworkInterfaces[{index}] sets AssociatePublicIpAddress: true, so every instance launched from the template gets a public IPv4 address.',
  },
  evaluate(ctx) {
    const interfaces = ctx.props.at('LaunchTemplateData').at('NetworkInterfaces').list() ?? [];
    for (const [index, ni] of interfaces.entries()) {
      if (ni.at('AssociatePublicIpAddress').bool() === true) return unconfigured('associate', { index });
    }
    return configured(
      interfaces.length
        ? 'no network interface sets AssociatePublicIpAddress: true'
        : 'the template defines no network interface that assigns a public IP',
    );
  },
});
