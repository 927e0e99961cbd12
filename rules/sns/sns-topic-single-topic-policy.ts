import { defineDuty } from '../../lib/model/duty';
import type { EvaluationContext } from '../../lib/model/context';
import { policiesOnSameTarget } from '../../lib/model/evidence/resource-policies';
import type { ResourceRecord } from '../../lib/model/resource';
import { configured, notApplicable, unconfigured, unknown } from '../../lib/model/verdict';
import { TOPIC, TOPIC_INLINE_POLICY, topicPolicies, policyTopics, TOPIC_POLICY } from './helpers';

export default defineDuty({
  id: 'sns-topic-single-topic-policy',
  title: 'SNS topic has at most one topic policy resource',
  category: 'identity-and-access',
  resourceTypes: [TOPIC, TOPIC_POLICY, TOPIC_INLINE_POLICY],
  awsSide:
    'A topic has one access policy, its Policy attribute: AWS::SNS::TopicPolicy and AWS::SNS::TopicInlinePolicy each set that whole attribute (SetTopicAttributes), so of two policy resources on one topic, in one stack or in two, only the one CloudFormation writes last is in force.',
  customerSide:
    "The topic's policy is the customer's: keep every statement (the TLS deny, the grants to EventBridge, S3 or CloudWatch alarms) in one policy resource, or the statements of the other silently stop applying.",
  severity: 'error',
  remediation: {
    l2: 'topic.addToResourcePolicy(...) (CDK keeps one TopicPolicy per topic, which grants share) instead of new sns.TopicPolicy(...) next to it or in another stack',
    l1: 'one AWS::SNS::TopicPolicy (or TopicInlinePolicy) per topic, holding every statement',
  },
  controls: { fsbp: [], nist: ['AC-3', 'CM-2'] },
  sources: [
    'https://docs.aws.amazon.com/sns/latest/api/API_SetTopicAttributes.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-topicpolicy.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-topicinlinepolicy.html',
  ],
  messages: {
    sameTarget:
      'The topic policies {policies} all apply to the topic {target}, which is not defined in the app; each replaces the others at deploy, so only one of them is in force.',
    several: 'The topic policies {policies} all apply to this topic; each replaces the others at deploy, so only one of them is in force.',
  },
  evaluate(ctx) {
    if (ctx.resource.type !== TOPIC) return judgePolicy(ctx);
    const policies = topicPolicies(ctx);
    const label = (p: (typeof policies.sure)[number]) =>
      p.stackPath === ctx.resource.stackPath ? p.logicalId : `${p.logicalId} (stack ${p.stackPath})`;
    if (policies.sure.length > 1) return unconfigured('several', { policies: policies.sure.map(label).join(', ') });
    // One more policy that may be attached would make two.
    if (policies.sure.length === 1) policies.settle();
    return configured(policies.sure.length === 0 ? 'the topic has no topic policy' : `one topic policy (${policies.sure[0].logicalId})`);
  },
});

/** A policy on a topic the app does not define: one of several when another policy of the app names the same topic the same way. */
function judgePolicy(ctx: EvaluationContext) {
  // Properties that are one token as a whole throw here: nothing is known of the policy's targets.
  ctx.props.keys();
  const targets = policyTopics(ctx);
  if (targets) return notApplicable(`evaluated on the topic ${targets.map((t) => t.logicalId).join(', ')} the policy applies to`);
  const found = policiesOnSameTarget(
    ctx,
    [
      { type: TOPIC_POLICY, path: 'Topics' },
      { type: TOPIC_INLINE_POLICY, path: 'TopicArn' },
    ],
    TOPIC,
  );
  const label = (p: ResourceRecord) => (p.stackPath === ctx.resource.stackPath ? p.logicalId : `${p.logicalId} (stack ${p.stackPath})`);
  if (found.same.length > 0)
    return unconfigured('sameTarget', { policies: [ctx.resource, ...found.same].map(label).join(', '), target: found.target ?? '' });
  if (found.unreadable.length > 0)
    return unknown(
      `the topics of ${found.unreadable.map(label).join(', ')} cannot be compared at synth, so two policies may name the same topic`,
    );
  return configured('no other topic policy of the app names this topic');
}
