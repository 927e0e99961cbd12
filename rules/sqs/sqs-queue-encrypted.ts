import { defineDuty } from '../../lib/model/duty';
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
  ],
  messages: {
    disabled: "SqsManagedSseEnabled is false and no KmsMasterKeyId is set, so SQS stores the queue's messages unencrypted at rest.",
  },
  evaluate(ctx) {
    if (ctx.props.at('KmsMasterKeyId').isSet()) return configured('SSE-KMS: KmsMasterKeyId is set');
    const sse = ctx.props.at('SqsManagedSseEnabled').bool();
    if (sse === false) return unconfigured('disabled');
    return configured(
      sse === true ? 'SqsManagedSseEnabled is true (SSE-SQS)' : 'SqsManagedSseEnabled not set: SQS enables SSE-SQS by default',
    );
  },
});
