import type { EvaluationContext } from '../../lib/model/context';
import { defineDuty } from '../../lib/model/duty';
import { isPublicAllow, statements, stringList } from '../../lib/model/policy';
import type { ResourceRecord } from '../../lib/model/resource';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { policyTopics, TOPIC, TOPIC_INLINE_POLICY, TOPIC_POLICY, topicPolicies } from './helpers';

export default defineDuty({
  id: 'sns-topic-policy-not-public',
  title: 'SNS topic policy does not allow public access',
  category: 'identity-and-access',
  resourceTypes: [TOPIC, TOPIC_POLICY, TOPIC_INLINE_POLICY],
  awsSide:
    'SNS gives a new topic a default access policy that allows only the topic owner\'s account; SNS enforces whatever topic policy the customer replaces it with.',
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
    publicAllow: 'Topic policy {policy} allows {actions} to Principal "*" with no condition that confines it to an account, organization or source.',
  },
  evaluate(ctx) {
    const topics = policyTopics(ctx);
    if (topics) return notApplicable(`evaluated on the topic ${topics.map((t) => t.logicalId).join(', ')} the policy applies to`);
    // A policy that applies to a topic outside the template (or that may) is judged on its own.
    const policies = ctx.resource.type === TOPIC ? topicPolicies(ctx) : undefined;
    const sure = policies?.sure ?? [ctx.resource];
    const found = publicAllow(ctx, sure);
    if (found) return unconfigured('publicAllow', found);
    policies?.settle((p) => publicAllow(ctx, [p]) !== undefined);
    if (sure.length === 0) return configured('no topic policy in the app: SNS\'s default policy allows only the owning account');
    return configured(`topic policies ${sure.map((p) => p.logicalId).join(', ')} allow no unconfined public access`);
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
