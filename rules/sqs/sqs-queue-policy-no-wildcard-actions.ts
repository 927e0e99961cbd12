import { defineDuty } from '../../lib/model/duty';
import { firstWildcardGrant, policyScope } from '../../lib/model/evidence/resource-policies';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { QUEUE, QUEUE_INLINE_POLICY, QUEUE_POLICIES, QUEUE_POLICY } from './helpers';

export default defineDuty({
  id: 'sqs-queue-policy-no-wildcard-actions',
  title: 'SQS queue policy does not grant every SQS action to another principal',
  category: 'identity-and-access',
  resourceTypes: [QUEUE, QUEUE_POLICY, QUEUE_INLINE_POLICY],
  awsSide:
    'SQS allows the principals a queue policy names exactly the actions it lists; "sqs:*" includes sqs:DeleteQueue, sqs:PurgeQueue, sqs:SetQueueAttributes (which rewrites the policy itself) and sqs:RemovePermission.',
  customerSide:
    'Least privilege in the queue policy is the customer\'s: granting "sqs:*" (or "*") to another account, a role or a service lets it delete or purge the queue and change its policy, where it needs only to send or receive. Granting the owning account as a whole is not reported: its IAM policies still decide per action.',
  severity: 'warning',
  remediation: {
    l2: 'queue.grantSendMessages(principal) / queue.grantConsumeMessages(principal), or queue.addToResourcePolicy with the actions needed (sqs:SendMessage, ...)',
    l1: 'AWS::SQS::QueuePolicy (or QueueInlinePolicy) Allow statements that list the SQS actions needed instead of "sqs:*" or "*"',
  },
  controls: { fsbp: [], nist: ['AC-3', 'AC-6'] },
  sources: [
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html',
    'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsqs.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sqs-queuepolicy.html',
  ],
  messages: {
    wildcard:
      'Statement {statement} of queue policy {policy} allows {actions} to {principal}, every SQS action including DeleteQueue and SetQueueAttributes.',
  },
  evaluate(ctx) {
    const scope = policyScope(ctx, QUEUE_POLICIES);
    if (scope.kind === 'on-targets')
      return notApplicable(`evaluated on the queue ${scope.targets.map((t) => t.logicalId).join(', ')} the policy applies to`);
    const found = firstWildcardGrant(ctx, scope.policies, 'sqs');
    if (found) return unconfigured('wildcard', found);
    scope.settle((p) => firstWildcardGrant(ctx, [p], 'sqs') !== undefined);
    return configured(
      scope.policies.length === 0 ? 'no queue policy' : 'no queue policy statement grants every SQS action to another principal',
    );
  },
});
