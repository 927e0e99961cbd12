import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';

export default defineDuty({
  id: 'ec2-volume-encrypted',
  title: 'EBS volume is encrypted at rest',
  category: 'data-protection',
  resourceTypes: ['AWS::EC2::Volume'],
  awsSide:
    'AWS encrypts an EBS volume, its snapshots and the data moving between it and the instance with AWS KMS when Encrypted is true; without it a new volume is unencrypted unless EBS encryption by default, an account- and Region-level setting that is off until the customer turns it on (EC2.7), is enabled. A volume copy is always encrypted like its source.',
  customerSide:
    "Encrypting data at rest is the customer's: set Encrypted: true (optionally with a customer managed KmsKeyId) so the volume does not depend on the account setting.",
  severity: 'error',
  remediation: {
    l2: 'new ec2.Volume(this, id, { ..., encrypted: true })',
    l1: 'Encrypted: true on the AWS::EC2::Volume',
  },
  controls: { fsbp: ['EC2.3'], nist: ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-3',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-volume.html',
    'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
  ],
  messages: {
    disabled:
      'Encrypted is false, so the volume is created unencrypted unless EBS encryption by default is enabled for the account and Region (EC2.7).',
    notSet:
      'Encrypted is not set, so the volume is created unencrypted unless EBS encryption by default is enabled for the account and Region (EC2.7).',
  },
  evaluate(ctx) {
    const encrypted = ctx.props.at('Encrypted').bool();
    if (encrypted === true) return configured('Encrypted is true');
    if (encrypted === undefined && ctx.props.at('SourceVolumeId').isSet())
      return configured("the volume is a copy, which EBS encrypts with the source volume's key");
    if (encrypted === undefined && ctx.props.at('SnapshotId').isSet()) {
      return unknown(
        `the volume is restored from snapshot ${JSON.stringify(ctx.props.at('SnapshotId').raw)} without Encrypted, so its encryption follows the snapshot, which is not visible at synth`,
      );
    }
    return unconfigured(encrypted === false ? 'disabled' : 'notSet');
  },
});
