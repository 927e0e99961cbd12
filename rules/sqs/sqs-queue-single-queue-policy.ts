import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { QUEUE, queuePolicies } from './helpers';

export default defineDuty({
  id: 'sqs-queue-single-queue-policy',
  title: 'SQS queue has at most one queue policy resource',
  category: 'identity-and-access',
  resourceTypes: [QUEUE],
  awsSide:
    'A queue has one access policy, its Policy attribute: AWS::SQS::QueuePolicy and AWS::SQS::QueueInlinePolicy each set that whole attribute (SetQueueAttributes), so of two policy resources on one queue, in one stack or in two, only the one CloudFormation writes last is in force.',
  customerSide:
    "The queue's policy is the customer's: keep every statement (the TLS deny, the grants to SNS, EventBridge or S3) in one policy resource, or the statements of the other silently stop applying.",
  severity: 'error',
  remediation: {
    l2: 'queue.addToResourcePolicy(...) (CDK keeps one QueuePolicy per queue, which grants and subscriptions share) instead of new sqs.QueuePolicy(...) next to it or in another stack',
    l1: 'one AWS::SQS::QueuePolicy (or QueueInlinePolicy) per queue, holding every statement',
  },
  controls: { fsbp: [], nist: ['AC-3', 'CM-2'] },
  sources: [
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sqs-queuepolicy.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sqs-queueinlinepolicy.html',
  ],
  messages: {
    several: 'The queue policies {policies} all apply to this queue; each replaces the others at deploy, so only one of them is in force.',
  },
  evaluate(ctx) {
    const policies = queuePolicies(ctx);
    const label = (p: (typeof policies.sure)[number]) =>
      p.stackPath === ctx.resource.stackPath ? p.logicalId : `${p.logicalId} (stack ${p.stackPath})`;
    if (policies.sure.length > 1) return unconfigured('several', { policies: policies.sure.map(label).join(', ') });
    // One more policy that may be attached would make two.
    if (policies.sure.length === 1) policies.settle();
    return configured(policies.sure.length === 0 ? 'the queue has no queue policy' : `one queue policy (${policies.sure[0].logicalId})`);
  },
});
