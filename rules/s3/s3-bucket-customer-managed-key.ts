import { defineDuty } from '../../lib/model/duty';
import { keyChoice } from '../../lib/model/evidence/kms';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 's3-bucket-customer-managed-key',
  title: 'S3 bucket encrypts new objects with SSE-KMS under a customer managed key',
  category: 'data-protection',
  resourceTypes: ['AWS::S3::Bucket'],
  awsSide:
    'S3 encrypts every new object at rest by default with SSE-S3 (keys S3 manages); with SSE-KMS and no key named, it uses the AWS managed key aws/s3.',
  customerSide:
    "Choosing the key is the customer's: only a customer managed KMS key gives a key policy the customer controls, the ability to disable or revoke the key, and a CloudTrail record of every use of it.",
  severity: 'info',
  remediation: {
    l2: 'new s3.Bucket(this, id, { encryption: s3.BucketEncryption.KMS, encryptionKey: key, bucketKeyEnabled: true })',
    l1: 'BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: aws:kms, KMSMasterKeyID: <customer managed key ARN> }, BucketKeyEnabled: true }] }',
  },
  controls: { fsbp: [], nist: ['SC-12', 'SC-13', 'SC-28', 'SC-28(1)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-17',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-serversideencryptionbydefault.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html',
  ],
  messages: {
    noBucketEncryption:
      'The bucket sets no BucketEncryption, so S3 encrypts new objects with SSE-S3 (keys managed by S3), not SSE-KMS with a customer managed key.',
    sseS3:
      "The bucket's default encryption is SSEAlgorithm {algorithm} (SSE-S3, keys managed by S3), not SSE-KMS with a customer managed key.",
    awsManagedDefault:
      "The bucket's default encryption is SSEAlgorithm {algorithm} with no KMSMasterKeyID, so S3 uses the AWS managed key aws/s3, not a customer managed key.",
    awsManagedKey:
      "The bucket's default encryption is SSEAlgorithm {algorithm} with KMSMasterKeyID {key}, an AWS managed key, not a customer managed key.",
  },
  evaluate(ctx) {
    const rules = ctx.props.at('BucketEncryption.ServerSideEncryptionConfiguration').list() ?? [];
    let algorithm: string | undefined;
    for (const rule of rules) {
      const byDefault = rule.at('ServerSideEncryptionByDefault');
      const alg = byDefault.at('SSEAlgorithm').str();
      if (alg === undefined) continue;
      algorithm = alg;
      if (alg !== 'aws:kms' && alg !== 'aws:kms:dsse') continue;
      const key = keyChoice(ctx, byDefault.at('KMSMasterKeyID'));
      if (key.kind === 'customer-managed') return configured(`SSE-KMS (${alg}) with customer managed key ${key.key}`);
      return key.kind === 'none'
        ? unconfigured('awsManagedDefault', { algorithm: alg })
        : unconfigured('awsManagedKey', { algorithm: alg, key: key.key });
    }
    return algorithm === undefined ? unconfigured('noBucketEncryption') : unconfigured('sseS3', { algorithm });
  },
});
