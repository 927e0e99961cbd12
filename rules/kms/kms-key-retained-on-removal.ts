import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

const RETAINING = new Set(['Retain', 'RetainExceptOnCreate']);

export default defineDuty({
  id: 'kms-key-retained-on-removal',
  title: 'KMS key is retained when it is removed from the stack',
  category: 'resilience',
  resourceTypes: ['AWS::KMS::Key'],
  awsSide:
    'CloudFormation deletes a resource that has no DeletionPolicy when the resource or its stack is deleted; for a KMS key that schedules the key for deletion, and once the waiting period ends AWS KMS deletes it permanently, leaving data encrypted under it unrecoverable.',
  customerSide:
    "Protecting keys from unintended deletion is the customer's: a key that leaves the stack with DeletionPolicy Delete takes every ciphertext that depends on it with it, so keep keys with DeletionPolicy Retain unless deleting the data is the intent.",
  severity: 'warning',
  remediation: {
    l2: 'new kms.Key(this, id, { removalPolicy: RemovalPolicy.RETAIN }) (the L2 default)',
    l1: 'DeletionPolicy: Retain and UpdateReplacePolicy: Retain on the AWS::KMS::Key resource',
  },
  controls: { fsbp: [], nist: ['SC-12', 'SC-12(2)', 'CP-9'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-kms-key.html#cfn-kms-key-pendingwindowindays',
    'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-3',
  ],
  messages: {
    deleted: 'The key has DeletionPolicy {policy}: removing it from the stack schedules the key for deletion.',
  },
  evaluate(ctx) {
    const policy = ctx.entry.at('DeletionPolicy').str();
    if (policy !== undefined && RETAINING.has(policy)) return configured(`DeletionPolicy is ${policy}`);
    return unconfigured('deleted', { policy: policy ?? 'not set (Delete by default)' });
  },
});
