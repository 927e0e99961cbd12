import { defineDuty } from '../../lib/model/duty';
import { namedKey } from '../../lib/model/evidence/kms';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'sqs-queue-encrypted',
  title: 'SQS queue encrypts messages at rest',
  category: 'data-protection',
  resourceTypes: ['AWS::SQS::Queue'],
  awsSide:
    'SQS encrypts new queues at rest with SSE-SQS (SQS owned keys) when neither SqsManagedSseEnabled nor KmsMasterKeyId is set; the customer can still turn encryption off.',
  customerSide:
    "Keeping messages encrypted at rest is the customer's: a queue created with SqsManagedSseEnabled: false and no KMS key stores message bodies unencrypted.",
  severity: 'error',
  remediation: {
    l2: 'new sqs.Queue(this, id, { encryption: sqs.QueueEncryption.SQS_MANAGED }) (or KMS / KMS_MANAGED; never UNENCRYPTED)',
    l1: 'SqsManagedSseEnabled: true (or omit it), or KmsMasterKeyId: <key ARN or alias/aws/sqs>',
  },
  controls: { fsbp: ['SQS.1'], nist: ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sqs-controls.html#sqs-1',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sqs-queue.html#cfn-sqs-queue-sqsmanagedsseenabled',
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html',
  ],
  messages: {
    disabled:
      "SqsManagedSseEnabled is false and KmsMasterKeyId names no key (absent or empty), so SQS stores the queue's messages unencrypted at rest.",
  },
  evaluate(ctx) {
    const sse = ctx.props.at('SqsManagedSseEnabled').bool();
    if (sse === true) return configured('SqsManagedSseEnabled is true (SSE-SQS)');
    // An empty KmsMasterKeyId names no key, and a parameter may be given empty: only a key that is surely
    // there counts when SSE-SQS is turned off. With SSE-SQS left on, the queue is encrypted either way.
    if (sse === undefined)
      return configured('SqsManagedSseEnabled not set: SQS encrypts with SSE-SQS by default, or SSE-KMS when a key is named');
    const key = namedKey(ctx, ctx.props.at('KmsMasterKeyId'));
    if (key === undefined) return unconfigured('disabled');
    return configured(`SSE-KMS: KmsMasterKeyId is ${key}`);
  },
});
