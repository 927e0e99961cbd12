import { defineDuty } from '../../lib/model/duty';
import type { EvaluationContext } from '../../lib/model/context';
import { policiesOnSameTarget } from '../../lib/model/evidence/resource-policies';
import type { ResourceRecord } from '../../lib/model/resource';
import { configured, notApplicable, unconfigured, unknown } from '../../lib/model/verdict';
import { QUEUE, QUEUE_INLINE_POLICY, queuePolicies, policyQueues, QUEUE_POLICY } from './helpers';

export default defineDuty({
  id: 'sqs-queue-single-queue-policy',
  title: 'SQS queue has at most one queue policy resource',
  category: 'identity-and-access',
  resourceTypes: [QUEUE, QUEUE_POLICY, QUEUE_INLINE_POLICY],
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
    sameTarget:
      'The queue policies {policies} all apply to the queue {target}, which is not defined in the app; each replaces the others at deploy, so only one of them is in force.',
    several: 'The queue policies {policies} all apply to this queue; each replaces the others at deploy, so only one of them is in force.',
  },
  evaluate(ctx) {
    if (ctx.resource.type !== QUEUE) return judgePolicy(ctx);
    const policies = queuePolicies(ctx);
    const label = (p: (typeof policies.sure)[number]) =>
      p.stackPath === ctx.resource.stackPath ? p.logicalId : `${p.logicalId} (stack ${p.stackPath})`;
    if (policies.sure.length > 1) return unconfigured('several', { policies: policies.sure.map(label).join(', ') });
    // One more policy that may be attached would make two.
    if (policies.sure.length === 1) policies.settle();
    return configured(policies.sure.length === 0 ? 'the queue has no queue policy' : `one queue policy (${policies.sure[0].logicalId})`);
  },
});

/** A policy on a queue the app does not define: one of several when another policy of the app names the same queue the same way. */
function judgePolicy(ctx: EvaluationContext) {
  // Properties that are one token as a whole throw here: nothing is known of the policy's targets.
  ctx.props.keys();
  const targets = policyQueues(ctx);
  if (targets) return notApplicable(`evaluated on the queue ${targets.map((t) => t.logicalId).join(', ')} the policy applies to`);
  const found = policiesOnSameTarget(
    ctx,
    [
      { type: QUEUE_POLICY, path: 'Queues' },
      { type: QUEUE_INLINE_POLICY, path: 'Queue' },
    ],
    QUEUE,
  );
  const label = (p: ResourceRecord) => (p.stackPath === ctx.resource.stackPath ? p.logicalId : `${p.logicalId} (stack ${p.stackPath})`);
  if (found.same.length > 0)
    return unconfigured('sameTarget', { policies: [ctx.resource, ...found.same].map(label).join(', '), target: found.target ?? '' });
  if (found.unreadable.length > 0)
    return unknown(
      `the queues of ${found.unreadable.map(label).join(', ')} cannot be compared at synth, so two policies may name the same queue`,
    );
  return configured('no other queue policy of the app names this queue');
}
