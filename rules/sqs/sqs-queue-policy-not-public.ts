import type { EvaluationContext } from '../../lib/model/context';
import { defineDuty } from '../../lib/model/duty';
import { isPublicAllow, statements, stringList } from '../../lib/model/policy';
import type { ResourceRecord } from '../../lib/model/resource';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { policyQueues, QUEUE, QUEUE_INLINE_POLICY, QUEUE_POLICY, queuePolicies } from './helpers';

export default defineDuty({
  id: 'sqs-queue-policy-not-public',
  title: 'SQS queue policy does not allow public access',
  category: 'identity-and-access',
  resourceTypes: [QUEUE, QUEUE_POLICY, QUEUE_INLINE_POLICY],
  awsSide:
    'A new queue has no access policy, so only principals of the owning account that IAM allows can use it; SQS enforces whatever queue policy the customer attaches.',
  customerSide:
    'Who may send, receive or delete messages is the customer\'s choice: a queue policy that allows Principal "*" without a condition on the source account, organization or ARN opens the queue to anyone.',
  severity: 'error',
  remediation: {
    l2: 'queue.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AccountPrincipal(...)], ... })), or the grant* methods, instead of iam.AnyPrincipal',
    l1: 'AWS::SQS::QueuePolicy (or QueueInlinePolicy) statements with a specific Principal, or Principal "*" confined by a Condition on aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID',
  },
  controls: { fsbp: ['SQS.3'], nist: ['AC-3', 'AC-4', 'AC-6', 'AC-21', 'SC-7'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sqs-controls.html#sqs-3',
    'https://docs.aws.amazon.com/config/latest/developerguide/sqs-queue-no-public-access.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sqs-queuepolicy.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sqs-queueinlinepolicy.html',
  ],
  messages: {
    publicAllow: 'Queue policy {policy} allows {actions} to Principal "*" with no condition that confines it to an account, organization or source.',
  },
  evaluate(ctx) {
    const queues = policyQueues(ctx);
    if (queues) return notApplicable(`evaluated on the queue ${queues.map((q) => q.logicalId).join(', ')} the policy applies to`);
    // A policy that applies to a queue outside the template (or that may) is judged on its own.
    const policies = ctx.resource.type === QUEUE ? queuePolicies(ctx) : undefined;
    const sure = policies?.sure ?? [ctx.resource];
    const found = publicAllow(ctx, sure);
    if (found) return unconfigured('publicAllow', found);
    policies?.settle((p) => publicAllow(ctx, [p]) !== undefined);
    if (sure.length === 0) return configured('no queue policy: only the owning account can be granted access');
    return configured(`queue policies ${sure.map((p) => p.logicalId).join(', ')} allow no unconfined public access`);
  },
});

function publicAllow(ctx: EvaluationContext, policies: readonly ResourceRecord[]): { policy: string; actions: string } | undefined {
  for (const policy of policies) {
    for (const s of statements(ctx.propsOf(policy).at('PolicyDocument'))) {
      if (isPublicAllow(s)) return { policy: policy.logicalId, actions: (stringList(s.at('Action')) ?? ['(NotAction)']).join(', ') };
    }
  }
  return undefined;
}
