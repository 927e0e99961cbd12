import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { ebsMappings } from '../ec2/helpers';

export default defineDuty({
  id: 'autoscaling-launch-configuration-ebs-encrypted',
  title: 'Auto Scaling launch configuration encrypts the EBS volumes it launches with',
  category: 'data-protection',
  resourceTypes: ['AWS::AutoScaling::LaunchConfiguration'],
  awsSide:
    'AWS encrypts an EBS volume with AWS KMS when asked to; a volume created without Encrypted is unencrypted unless its snapshot is encrypted or EBS encryption by default, an account- and Region-level setting that is off until the customer turns it on (EC2.7), is enabled.',
  customerSide:
    "Encrypting the volumes of every instance the configuration launches is the customer's: set Encrypted: true on each EBS block device mapping, including the root device.",
  severity: 'error',
  remediation: {
    l2: "new autoscaling.AutoScalingGroup(this, id, { ..., blockDevices: [{ deviceName: '/dev/xvda', volume: autoscaling.BlockDeviceVolume.ebs(8, { encrypted: true }) }] })",
    l1: 'BlockDeviceMappings: [{ DeviceName: <root device of the AMI>, Ebs: { Encrypted: true } }] on the AWS::AutoScaling::LaunchConfiguration',
  },
  controls: { fsbp: [], nist: ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-launchconfiguration-blockdevice.html',
    'https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-data-protection.html',
    'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
  ],
  messages: {
    noMappings:
      "No EBS volume in BlockDeviceMappings sets Encrypted: the root volume of each instance is created from the AMI's block device mapping and is encrypted only if the AMI's snapshot is encrypted or EBS encryption by default is enabled for the account and Region (EC2.7).",
    notEncrypted:
      'The EBS volume for {device} in BlockDeviceMappings has Encrypted {value}, so it is created unencrypted unless EBS encryption by default is enabled for the account and Region (EC2.7).',
  },
  evaluate(ctx) {
    const r = ebsMappings(ctx.props.at('BlockDeviceMappings'));
    if (r.kind === 'unencrypted') return unconfigured('notEncrypted', { device: r.device, value: r.value });
    if (r.kind === 'none') return unconfigured('noMappings');
    return configured(`every EBS volume in BlockDeviceMappings (${r.count}) sets Encrypted: true`);
  },
});
