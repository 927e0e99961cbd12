import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { ebsMappings, launchTemplateData, launchTemplateOf } from './helpers';

export default defineDuty({
  id: 'ec2-instance-ebs-encrypted',
  title: 'EC2 instance encrypts the EBS volumes it launches with',
  category: 'data-protection',
  resourceTypes: ['AWS::EC2::Instance'],
  awsSide:
    'AWS encrypts an EBS volume with AWS KMS when asked to, at no extra charge; a volume created without Encrypted is unencrypted unless its snapshot is encrypted or EBS encryption by default, an account- and Region-level setting that is off until the customer turns it on (EC2.7), is enabled.',
  customerSide:
    "Encrypting the instance's volumes is the customer's: the root volume comes from the AMI's block device mapping, and only Encrypted: true in the instance's (or its launch template's) BlockDeviceMappings makes encryption independent of the AMI and of the account setting.",
  severity: 'error',
  remediation: {
    l2: "new ec2.Instance(this, id, { ..., blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(8, { encrypted: true }) }] })",
    l1: 'BlockDeviceMappings: [{ DeviceName: <root device of the AMI>, Ebs: { Encrypted: true } }] on the AWS::EC2::Instance (or in its launch template)',
  },
  controls: { fsbp: ['EC2.3'], nist: ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-3',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-ebs.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-ebs.html',
    'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
  ],
  messages: {
    noMappings:
      "No EBS volume in BlockDeviceMappings sets Encrypted: the root volume is created from the AMI's block device mapping and is encrypted only if the AMI's snapshot is encrypted or EBS encryption by default is enabled for the account and Region (EC2.7).",
    notEncrypted:
      'The EBS volume for {device} in the BlockDeviceMappings of {where} has Encrypted {value}, so it is created unencrypted unless EBS encryption by default is enabled for the account and Region (EC2.7).',
  },
  evaluate(ctx) {
    const lists = [{ mappings: ctx.props.at('BlockDeviceMappings'), where: 'the instance' }];
    const lt = launchTemplateOf(ctx, ctx.props.at('LaunchTemplate'));
    if (lt) lists.push({ mappings: launchTemplateData(ctx, lt).at('BlockDeviceMappings'), where: `launch template ${lt.logicalId}` });
    let count = 0;
    for (const { mappings, where } of lists) {
      const r = ebsMappings(mappings);
      if (r.kind === 'unencrypted') return unconfigured('notEncrypted', { device: r.device, value: r.value, where });
      if (r.kind === 'encrypted') count += r.count;
    }
    if (count === 0) return unconfigured('noMappings');
    return configured(
      `every EBS volume in BlockDeviceMappings (${count}) sets Encrypted: true; volumes of the AMI not listed there follow the AMI's snapshots`,
    );
  },
});
