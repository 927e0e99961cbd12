import { defineDuty } from '../../lib/model/duty';
import { firstWildcardGrant, policyScope } from '../../lib/model/evidence/resource-policies';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { TOPIC, TOPIC_INLINE_POLICY, TOPIC_POLICIES, TOPIC_POLICY } from './helpers';

export default defineDuty({
  id: 'sns-topic-policy-no-wildcard-actions',
  title: 'SNS topic policy does not grant every SNS action to another principal',
  category: 'identity-and-access',
  resourceTypes: [TOPIC, TOPIC_POLICY, TOPIC_INLINE_POLICY],
  awsSide:
    'SNS allows the principals a topic policy names exactly the actions it lists; "sns:*" includes sns:DeleteTopic, sns:SetTopicAttributes (which rewrites the policy itself), sns:Subscribe and sns:RemovePermission.',
  customerSide:
    'Least privilege in the topic policy is the customer\'s: granting "sns:*" (or "*") to another account, a role or a service lets it delete the topic, subscribe endpoints of its own to every message and change the policy, where it needs only to publish or subscribe. Granting the owning account as a whole is not reported: its IAM policies still decide per action.',
  severity: 'warning',
  remediation: {
    l2: 'topic.grantPublish(principal), or topic.addToResourcePolicy with the actions needed (sns:Publish, sns:Subscribe)',
    l1: 'AWS::SNS::TopicPolicy (or TopicInlinePolicy) Allow statements that list the SNS actions needed instead of "sns:*" or "*"',
  },
  controls: { fsbp: [], nist: ['AC-3', 'AC-6'] },
  sources: [
    'https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html',
    'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsns.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-topicpolicy.html',
  ],
  messages: {
    wildcard:
      'Statement {statement} of topic policy {policy} allows {actions} to {principal}, every SNS action including DeleteTopic, Subscribe and SetTopicAttributes.',
  },
  evaluate(ctx) {
    const scope = policyScope(ctx, TOPIC_POLICIES);
    if (scope.kind === 'on-targets')
      return notApplicable(`evaluated on the topic ${scope.targets.map((t) => t.logicalId).join(', ')} the policy applies to`);
    const found = firstWildcardGrant(ctx, scope.policies, 'sns');
    if (found) return unconfigured('wildcard', found);
    scope.settle((p) => firstWildcardGrant(ctx, [p], 'sns') !== undefined);
    return configured(
      scope.policies.length === 0 ? 'no topic policy' : 'no topic policy statement grants every SNS action to another principal',
    );
  },
});
