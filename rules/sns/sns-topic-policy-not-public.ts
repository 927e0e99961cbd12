import { defineDuty } from '../../lib/model/duty';
import { firstPublicAllow, policyScope } from '../../lib/model/evidence/resource-policies';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { TOPIC, TOPIC_INLINE_POLICY, TOPIC_POLICIES, TOPIC_POLICY } from './helpers';

export default defineDuty({
  id: 'sns-topic-policy-not-public',
  title: 'SNS topic policy does not allow public access',
  category: 'identity-and-access',
  resourceTypes: [TOPIC, TOPIC_POLICY, TOPIC_INLINE_POLICY],
  awsSide:
    "SNS gives a new topic a default access policy that allows only the topic owner's account; SNS enforces whatever topic policy the customer replaces it with.",
  customerSide:
    'Who may publish to or subscribe to the topic is the customer\'s choice: a topic policy that allows Principal "*" without a condition on the source account, organization or ARN opens it to anyone.',
  severity: 'error',
  remediation: {
    l2: 'topic.addToResourcePolicy(...) with specific principals, or Principal "*" confined by conditions; prefer topic.grantPublish(grantee)',
    l1: 'AWS::SNS::TopicPolicy (or TopicInlinePolicy) statements with a specific Principal, or Principal "*" confined by a Condition on aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID',
  },
  controls: { fsbp: ['SNS.4'], nist: ['AC-3', 'AC-4', 'AC-6', 'AC-21', 'SC-7'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sns-controls.html#sns-4',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-topicpolicy.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-topicinlinepolicy.html',
    'https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html',
  ],
  messages: {
    publicAllow:
      'Topic policy {policy} allows {actions} to Principal "*" with no condition that confines it to an account, organization or source.',
  },
  evaluate(ctx) {
    const scope = policyScope(ctx, TOPIC_POLICIES);
    if (scope.kind === 'on-targets')
      return notApplicable(`evaluated on the topic ${scope.targets.map((t) => t.logicalId).join(', ')} the policy applies to`);
    const found = firstPublicAllow(ctx, scope.policies);
    if (found) return unconfigured('publicAllow', found);
    scope.settle((p) => firstPublicAllow(ctx, [p]) !== undefined);
    if (scope.policies.length === 0) return configured("no topic policy in the app: SNS's default policy allows only the owning account");
    return configured(`topic policies ${scope.policies.map((p) => p.logicalId).join(', ')} allow no unconfined public access`);
  },
});
