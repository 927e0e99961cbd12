import { defineDuty } from '../../lib/model/duty';
import { firstPublicAllow, policyScope } from '../../lib/model/evidence/resource-policies';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { QUEUE, QUEUE_INLINE_POLICY, QUEUE_POLICIES, QUEUE_POLICY } from './helpers';

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
    publicAllow:
      'Queue policy {policy} allows {actions} to Principal "*" with no condition that confines it to an account, organization or source.',
  },
  evaluate(ctx) {
    const scope = policyScope(ctx, QUEUE_POLICIES);
    if (scope.kind === 'on-targets')
      return notApplicable(`evaluated on the queue ${scope.targets.map((t) => t.logicalId).join(', ')} the policy applies to`);
    const found = firstPublicAllow(ctx, scope.policies);
    if (found) return unconfigured('publicAllow', found);
    scope.settle((p) => firstPublicAllow(ctx, [p]) !== undefined);
    if (scope.policies.length === 0) return configured('no queue policy: only the owning account can be granted access');
    return configured(`queue policies ${scope.policies.map((p) => p.logicalId).join(', ')} allow no unconfined public access`);
  },
});
