import { defineDuty } from '../../lib/model/duty';
import { classificationOf, DATA_STORES, DATA_STORE_TYPES } from '../../lib/model/evidence/classification';
import { keyChoice } from '../../lib/model/evidence/kms';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'data-store-sensitive-customer-managed-key',
  title: 'Sensitive data store is encrypted with a customer managed KMS key',
  category: 'data-protection',
  resourceTypes: DATA_STORE_TYPES,
  awsSide:
    'AWS encrypts data at rest in these services, by default with AWS owned or AWS managed keys whose policy and lifecycle the customer does not control.',
  customerSide:
    "For data classified sensitive, control of the key is the customer's: a customer managed key lets them decide who may decrypt, audit every use in CloudTrail, rotate it and revoke access.",
  severity: 'error',
  remediation: {
    l2: 'pass a kms.Key you own, e.g. { encryptionKey: key } (S3: { encryption: s3.BucketEncryption.KMS, encryptionKey: key }; RDS: { storageEncryptionKey: key })',
    l1: "the type's KMS key property (KMSMasterKeyID, KmsKeyId, KmsMasterKeyId, EncryptionKeyArn, ...) set to a customer managed key",
  },
  controls: { fsbp: [], nist: ['SC-12', 'SC-13', 'SC-28(1)'] },
  sources: [
    'https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-mgmt',
    'https://docs.aws.amazon.com/whitepapers/latest/kms-best-practices/data-protection.html',
    'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html',
  ],
  messages: {
    noCmk: "The store is classified '{level}' but {what}.",
  },
  evaluate(ctx) {
    const c = classificationOf(ctx);
    if (c.kind === 'none' || !c.sensitive)
      return notApplicable(c.kind === 'none' ? 'the store is not classified' : `classified '${c.value}', not sensitive`);
    // An Aurora DB instance stores nothing of its own: the cluster's storage and key apply (CreateDBInstance, KmsKeyId).
    if (ctx.resource.type === 'AWS::RDS::DBInstance' && ctx.props.at('DBClusterIdentifier').isSet()) {
      return notApplicable('an Aurora DB instance is encrypted by its cluster, which carries the key');
    }
    const keys = DATA_STORES[ctx.resource.type].key(ctx.props);
    const choices = keys.map((k) => keyChoice(ctx, k));
    if (choices.length > 0 && choices.every((k) => k.kind === 'customer-managed'))
      return configured('encrypted with a customer managed key');
    const awsManaged = choices.find((k) => k.kind === 'aws-managed');
    const what =
      awsManaged && awsManaged.kind === 'aws-managed' ? `uses the AWS managed key ${awsManaged.key}` : 'names no customer managed KMS key';
    return unconfigured('noCmk', { level: c.value, what });
  },
});
