import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { ebsMappings } from './helpers';

/**
 * The types that launch instances from a launch template: those with a launch template property
 * (CloudFormation: AWS::EC2::Instance LaunchTemplate, AWS::AutoScaling::AutoScalingGroup
 * LaunchTemplate and MixedInstancesPolicy, AWS::EC2::SpotFleet and AWS::EC2::EC2Fleet
 * LaunchTemplateConfigs, AWS::EKS::Nodegroup LaunchTemplate, AWS::Batch::ComputeEnvironment
 * ComputeResources.LaunchTemplate), and a nested stack that takes the template's id as a parameter
 * (AWS::CloudFormation::Stack): what it launches from it is in another template. WHY by type: a
 * resource that only names the template (a parameter holding its id) launches nothing, and asking
 * every resource of the app who references the template read all of them (80 ms at 5,000
 * resources).
 * Sources: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-launchtemplatespecification.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-fleetlaunchtemplatespecificationrequest.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-eks-nodegroup-launchtemplatespecification.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-batch-computeenvironment-launchtemplatespecification.html
 */
const LAUNCHERS = [
  'AWS::EC2::Instance',
  'AWS::AutoScaling::AutoScalingGroup',
  'AWS::EC2::SpotFleet',
  'AWS::EC2::EC2Fleet',
  'AWS::EKS::Nodegroup',
  'AWS::Batch::ComputeEnvironment',
  'AWS::CloudFormation::Stack',
];

export default defineDuty({
  id: 'ec2-launch-template-ebs-encrypted',
  title: 'EC2 launch template encrypts the EBS volumes it defines',
  category: 'data-protection',
  resourceTypes: ['AWS::EC2::LaunchTemplate'],
  awsSide:
    'AWS encrypts an EBS volume with AWS KMS when asked to; a volume created without Encrypted is unencrypted unless its snapshot is encrypted or EBS encryption by default, an account- and Region-level setting that is off until the customer turns it on (EC2.7), is enabled.',
  customerSide:
    "Encrypting the volumes of every instance the template launches is the customer's: set Encrypted: true on each EBS block device mapping, including the root device, so encryption does not depend on the AMI or on the account setting.",
  severity: 'error',
  remediation: {
    l2: "new ec2.LaunchTemplate(this, id, { ..., blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(8, { encrypted: true }) }] })",
    l1: 'LaunchTemplateData.BlockDeviceMappings: [{ DeviceName: <root device of the AMI>, Ebs: { Encrypted: true } }]',
  },
  controls: { fsbp: ['EC2.181'], nist: ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-181',
    'https://docs.aws.amazon.com/config/latest/developerguide/ec2-launch-templates-ebs-volume-encrypted.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-ebs.html',
    'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
  ],
  messages: {
    noMappings:
      "The template defines no EBS block device mapping with Encrypted: the volumes of the instances it launches come from the AMI's block device mapping and are encrypted only if the AMI's snapshots are encrypted or EBS encryption by default is enabled for the account and Region (EC2.7).",
    notEncrypted:
      'The EBS volume for {device} in LaunchTemplateData.BlockDeviceMappings has Encrypted {value}, so it is created unencrypted unless EBS encryption by default is enabled for the account and Region (EC2.7).',
  },
  evaluate(ctx) {
    const r = ebsMappings(ctx.props.at('LaunchTemplateData').at('BlockDeviceMappings'));
    if (r.kind === 'unencrypted') return unconfigured('notEncrypted', { device: r.device, value: r.value });
    if (r.kind === 'encrypted') return configured(`every EBS volume in BlockDeviceMappings (${r.count}) sets Encrypted: true`);
    // No mappings of its own: an instance that launches from the template brings (and is checked for) its own.
    const users = LAUNCHERS.flatMap((type) => ctx.referrers(type));
    if (users.length > 0 && users.every((u) => u.type === 'AWS::EC2::Instance')) {
      return notApplicable(
        `the template defines no block device mapping; the volumes are checked on the instances that launch from it (${users.map((u) => u.logicalId).join(', ')})`,
      );
    }
    return unconfigured('noMappings');
  },
});
