import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CFN_SECURITY_CONFIGURATION, EMR_CONTROLS, ENCRYPTION_OPTIONS, encryptionOf, SECURITY_CONFIGURATION_JSON } from './helpers';

export default defineDuty({
  id: 'emr-security-configuration-encrypted-at-rest',
  title: 'EMR security configuration enables encryption at rest',
  category: 'data-protection',
  resourceTypes: ['AWS::EMR::SecurityConfiguration'],
  awsSide:
    "Amazon S3 encrypts every new object with SSE-S3 by default, EMRFS data included. Amazon EMR encrypts a cluster's local disks (EBS volumes, instance store, HDFS) only when its security configuration sets EnableAtRestEncryption with a local disk key provider; EBS volumes alone are also encrypted when the account encrypts new EBS volumes by default.",
  customerSide:
    "Choosing to encrypt what EMR clusters store is the customer's: a security configuration whose EncryptionConfiguration.EnableAtRestEncryption is not true leaves the clusters that use it with unencrypted local disks.",
  severity: 'error',
  remediation: {
    l1: 'SecurityConfiguration: { EncryptionConfiguration: { EnableAtRestEncryption: true, AtRestEncryptionConfiguration: { S3EncryptionConfiguration: { EncryptionMode: SSE-KMS, AwsKmsKey }, LocalDiskEncryptionConfiguration: { EncryptionKeyProviderType: AwsKms, AwsKmsKey, EnableEbsEncryption: true } } } }',
  },
  controls: { fsbp: ['EMR.3'], nist: ['CA-9(1)', 'CP-9(8)', 'SI-12', 'SC-13', 'SC-28', 'SC-28(1)'] },
  sources: [
    `${EMR_CONTROLS}#emr-3`,
    'https://docs.aws.amazon.com/config/latest/developerguide/emr-security-configuration-encryption-rest.html',
    CFN_SECURITY_CONFIGURATION,
    SECURITY_CONFIGURATION_JSON,
    ENCRYPTION_OPTIONS,
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html',
  ],
  messages: {
    off: 'SecurityConfiguration.EncryptionConfiguration.EnableAtRestEncryption is {value}, so EMR does not encrypt the local disks of the clusters that use this security configuration.',
  },
  evaluate(ctx) {
    const enabled = encryptionOf(ctx.props).at('EnableAtRestEncryption').bool();
    if (enabled === true) return configured('EnableAtRestEncryption is true');
    return unconfigured('off', { value: enabled === false ? 'false' : 'not set' });
  },
});
