import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import sqsQueueDeadLetterQueue from './sqs-queue-dead-letter-queue';
import sqsQueueEncrypted from './sqs-queue-encrypted';
import sqsQueuePolicyNoWildcardActions from './sqs-queue-policy-no-wildcard-actions';
import sqsQueuePolicyNotPublic from './sqs-queue-policy-not-public';
import sqsQueueRequireTls from './sqs-queue-require-tls';
import sqsQueueSingleQueuePolicy from './sqs-queue-single-queue-policy';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [
  sqsQueueDeadLetterQueue,
  sqsQueueEncrypted,
  sqsQueuePolicyNoWildcardActions,
  sqsQueuePolicyNotPublic,
  sqsQueueRequireTls,
  sqsQueueSingleQueuePolicy,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::SQS::Queue',
    service: 'Amazon SQS',
    serviceModel: 'abstracted',
    awsSide:
      'AWS operates the queue infrastructure, durability and endpoints, and encrypts new queues at rest with SSE-SQS by default; access policy, transport enforcement and failure handling are configured by the customer.',
    source: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html',
  },
  {
    type: 'AWS::SQS::QueueInlinePolicy',
    service: 'Amazon SQS',
    serviceModel: 'abstracted',
    awsSide: "SQS evaluates the queue's access policy on every request; what it allows is the customer's choice.",
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sqs-queueinlinepolicy.html',
  },
  {
    type: 'AWS::SQS::QueuePolicy',
    service: 'Amazon SQS',
    serviceModel: 'abstracted',
    awsSide: "SQS evaluates the queue's access policy on every request; what it allows is the customer's choice.",
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sqs-queuepolicy.html',
  },
];
