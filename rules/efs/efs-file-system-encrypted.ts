import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'efs-file-system-encrypted',
  title: 'EFS file system is encrypted at rest',
  category: 'data-protection',
  resourceTypes: ['AWS::EFS::FileSystem'],
  awsSide:
    'Amazon EFS encrypts file data and metadata at rest with AWS KMS when the file system is created encrypted; with the API and CloudFormation encryption must be requested explicitly, and it cannot be turned on later.',
  customerSide:
    "Creating the file system encrypted is the customer's: a file system created with Encrypted false stores its files unencrypted for its whole life.",
  severity: 'error',
  remediation: {
    l2: 'new efs.FileSystem(this, id, { vpc, encrypted: true }) (the L2 default)',
    l1: 'Encrypted: true (optionally KmsKeyId)',
  },
  controls: { fsbp: ['EFS.1'], nist: ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-1',
    'https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-efs-filesystem.html#cfn-efs-filesystem-encrypted',
  ],
  messages: {
    unencrypted: "Encrypted is {value}, so EFS stores the file system's data unencrypted at rest.",
  },
  evaluate(ctx) {
    const encrypted = ctx.props.at('Encrypted').bool();
    if (encrypted === true) return configured('Encrypted is true');
    return unconfigured('unencrypted', { value: encrypted === false ? 'false' : 'not set (false)' });
  },
});
