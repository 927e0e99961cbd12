import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'ec2-network-interface-source-dest-check',
  title: 'EC2 network interface keeps source/destination checking enabled',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::EC2::Instance', 'AWS::EC2::NetworkInterface'],
  awsSide:
    "AWS drops traffic that an instance's network interface neither sends nor receives as its own address (source/destination checking, SourceDestCheck, default true); the setting of an instance is that of its primary network interface.",
  customerSide:
    "Disabling the check turns the interface into a router for other traffic; that is the customer's decision and belongs only to NAT, routing or firewall appliances that need it.",
  severity: 'warning',
  remediation: {
    l2: 'new ec2.Instance(this, id, { ..., sourceDestCheck: true }) (the default)',
    l1: 'SourceDestCheck: true (or omitted) on the AWS::EC2::Instance or AWS::EC2::NetworkInterface',
  },
  controls: { fsbp: ['EC2.180'], nist: ['AC-4', 'SC-7', 'SC-7(11)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-180',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-instance.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-networkinterface.html',
  ],
  messages: {
    disabled: 'SourceDestCheck is false, so the network interface forwards traffic that is not addressed to or from it.',
  },
  evaluate(ctx) {
    const check = ctx.props.at('SourceDestCheck').bool();
    if (check === false) return unconfigured('disabled');
    return configured(check === true ? 'SourceDestCheck is true' : 'SourceDestCheck is not set (default true)');
  },
});
