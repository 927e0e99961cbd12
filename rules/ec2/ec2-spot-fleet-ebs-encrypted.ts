import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { ebsMappings } from './helpers';

export default defineDuty({
  id: 'ec2-spot-fleet-ebs-encrypted',
  title: 'Spot Fleet request encrypts the EBS volumes of its launch specifications',
  category: 'data-protection',
  resourceTypes: ['AWS::EC2::SpotFleet'],
  awsSide:
    'AWS encrypts an EBS volume with AWS KMS when asked to; a volume created without Encrypted is unencrypted unless its snapshot is encrypted or EBS encryption by default, an account- and Region-level setting that is off until the customer turns it on (EC2.7), is enabled. Fleets that launch from launch templates are checked on the templates.',
  customerSide:
    "Encrypting the volumes of every Spot Instance the fleet launches is the customer's: set Encrypted: true on each EBS block device mapping of each launch specification.",
  severity: 'error',
  remediation: {
    l1: 'SpotFleetRequestConfigData.LaunchSpecifications[].BlockDeviceMappings: [{ DeviceName: <root device of the AMI>, Ebs: { Encrypted: true } }] (or launch from a launch template that encrypts them)',
  },
  controls: { fsbp: ['EC2.173'], nist: ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-173',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-spotfleet-ebsblockdevice.html',
    'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
  ],
  messages: {
    noMappings:
      "LaunchSpecifications[{index}] defines no EBS block device mapping with Encrypted: its instances' volumes come from the AMI and are encrypted only if the AMI's snapshots are encrypted or EBS encryption by default is enabled for the account and Region (EC2.7).",
    notEncrypted:
      'The EBS volume for {device} in LaunchSpecifications[{index}] has Encrypted {value}, so it is created unencrypted unless EBS encryption by default is enabled for the account and Region (EC2.7).',
  },
  evaluate(ctx) {
    const specs = ctx.props.at('SpotFleetRequestConfigData').at('LaunchSpecifications').list();
    if (specs === undefined || specs.length === 0)
      return notApplicable('the fleet has no launch specifications; its launch templates are checked on their own');
    for (const [index, spec] of specs.entries()) {
      const r = ebsMappings(spec.at('BlockDeviceMappings'));
      if (r.kind === 'none') return unconfigured('noMappings', { index });
      if (r.kind === 'unencrypted') return unconfigured('notEncrypted', { device: r.device, value: r.value, index });
    }
    return configured('every EBS volume of every launch specification sets Encrypted: true');
  },
});
