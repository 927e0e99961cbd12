import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { jsonProperty } from './helpers';

export default defineDuty({
  id: 'sqs-queue-dead-letter-queue',
  title: 'SQS queue has a dead-letter queue',
  category: 'resilience',
  resourceTypes: ['AWS::SQS::Queue'],
  awsSide:
    'SQS keeps a message until it is deleted or its retention period ends; it moves messages to a dead-letter queue only when the source queue has a redrive policy.',
  customerSide:
    "Handling messages that cannot be processed is the customer's: without a RedrivePolicy a poison message is retried until it expires and is then lost without a trace.",
  severity: 'info',
  remediation: {
    l2: 'new sqs.Queue(this, id, { deadLetterQueue: { queue: dlq, maxReceiveCount: 5 } })',
    l1: 'RedrivePolicy: { deadLetterTargetArn: <DLQ ARN>, maxReceiveCount: 5 }',
  },
  controls: { fsbp: [], nist: ['CP-10', 'SI-13'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sqs-queue.html#cfn-sqs-queue-redrivepolicy',
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html',
    'https://docs.aws.amazon.com/controltower/latest/controlreference/sqs-rules.html#ct-sqs-pr-1-description',
  ],
  messages: {
    noRedrive: 'The queue has no RedrivePolicy with a deadLetterTargetArn, so messages that repeatedly fail are retried until they expire.',
  },
  evaluate(ctx) {
    const redrive = jsonProperty(ctx.props.at('RedrivePolicy'));
    if (redrive.at('deadLetterTargetArn').isSet()) return configured('RedrivePolicy names a dead-letter queue');
    if (ctx.props.at('RedriveAllowPolicy').isSet())
      return notApplicable('the queue has a RedriveAllowPolicy: it is set up as a dead-letter queue');
    for (const source of ctx.referrers('AWS::SQS::Queue')) {
      const target = jsonProperty(ctx.propsOf(source).at('RedrivePolicy')).at('deadLetterTargetArn');
      if (ctx.target(target) === ctx.resource) return notApplicable(`the queue is the dead-letter queue of ${source.logicalId}`);
    }
    return unconfigured('noRedrive');
  },
});
