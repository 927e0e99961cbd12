import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { launchTemplateData, launchTemplateOf } from './helpers';

export default defineDuty({
  id: 'ec2-instance-single-network-interface',
  title: 'EC2 instance uses a single network interface',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::EC2::Instance'],
  awsSide:
    'AWS attaches as many elastic network interfaces (ENIs) as the instance asks for, each in its own subnet with its own security groups; an instance with several ENIs can bridge the subnets and security boundaries they belong to.',
  customerSide:
    "Keeping network boundaries intact is the customer's: use one ENI per instance unless the instance is a deliberate network appliance, and then review the routing between its interfaces.",
  severity: 'info',
  remediation: {
    l1: 'at most one entry in NetworkInterfaces (instance or launch template) and no AWS::EC2::NetworkInterfaceAttachment for the instance',
  },
  controls: { fsbp: ['EC2.17'], nist: ['AC-4', 'AC-4(21)', 'SC-7', 'SC-7(3)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-17',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-instance.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-networkinterfaceattachment.html',
  ],
  messages: {
    multiple: 'The instance has {count} network interfaces ({detail}).',
  },
  evaluate(ctx) {
    let interfaces = ctx.props.at('NetworkInterfaces').list();
    let where = 'NetworkInterfaces of the instance';
    if (interfaces === undefined) {
      const lt = launchTemplateOf(ctx, ctx.props.at('LaunchTemplate'));
      if (lt) {
        interfaces = launchTemplateData(ctx, lt).at('NetworkInterfaces').list();
        where = `NetworkInterfaces of launch template ${lt.logicalId}`;
      }
    }
    const inline = Math.max(interfaces?.length ?? 0, 1);
    const attached = ctx.attachments('AWS::EC2::NetworkInterfaceAttachment', 'InstanceId');
    const attachments = attached.sure.map((a) => a.logicalId);
    const count = inline + attachments.length;
    if (count <= 1) {
      attached.settle(); // an interface that may be attached to the instance (an Fn::If, a parameter) makes it unknown
      return configured('the instance has a single network interface');
    }
    const detail = [
      inline > 1 ? `${inline} in ${where}` : '1 primary',
      ...(attachments.length ? [`attached by ${attachments.join(', ')}`] : []),
    ].join(', ');
    return unconfigured('multiple', { count, detail });
  },
});
