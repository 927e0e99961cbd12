import { defineDuty } from '../../lib/model/duty';
import { keyChoice } from '../../lib/model/evidence/kms';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'ecr-repository-kms-encryption',
  title: 'ECR repository encrypts images with an AWS KMS key',
  category: 'data-protection',
  resourceTypes: ['AWS::ECR::Repository'],
  awsSide:
    'AWS encrypts every repository at rest; EncryptionType defaults to AES256 (Amazon S3 managed keys), which the customer cannot audit or revoke.',
  customerSide:
    "Choosing KMS (ideally a customer managed key) is the customer's: it adds key-policy control and a CloudTrail record of every decrypt of the image layers.",
  severity: 'info',
  remediation: {
    l2: 'new ecr.Repository(this, id, { encryption: ecr.RepositoryEncryption.KMS, encryptionKey: key })',
    l1: 'EncryptionConfiguration: { EncryptionType: KMS, KmsKey: <key ARN> }',
  },
  controls: { fsbp: [], nist: ['SC-12', 'SC-13', 'SC-28', 'SC-28(1)'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecr-repository-encryptionconfiguration.html',
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html',
  ],
  messages: {
    aes256: 'EncryptionType is {value}: images are encrypted with Amazon S3 managed keys, not a KMS key.',
  },
  evaluate(ctx) {
    const encryption = ctx.props.at('EncryptionConfiguration');
    const type = encryption.at('EncryptionType').str();
    if (type === 'KMS' || type === 'KMS_DSSE') {
      const key = keyChoice(ctx, encryption.at('KmsKey'));
      return configured(key.kind === 'none' ? `${type} with the AWS managed key aws/ecr` : `${type} with ${key.key}`);
    }
    return unconfigured('aes256', { value: type ?? 'not set (default AES256)' });
  },
});
