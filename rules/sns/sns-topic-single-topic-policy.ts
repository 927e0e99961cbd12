import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { TOPIC, topicPolicies } from './helpers';

export default defineDuty({
  id: 'sns-topic-single-topic-policy',
  title: 'SNS topic has at most one topic policy resource',
  category: 'identity-and-access',
  resourceTypes: [TOPIC],
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
    several: 'The topic policies {policies} all apply to this topic; each replaces the others at deploy, so only one of them is in force.',
  },
  evaluate(ctx) {
    const policies = topicPolicies(ctx);
    const label = (p: (typeof policies.sure)[number]) =>
      p.stackPath === ctx.resource.stackPath ? p.logicalId : `${p.logicalId} (stack ${p.stackPath})`;
    if (policies.sure.length > 1) return unconfigured('several', { policies: policies.sure.map(label).join(', ') });
    // One more policy that may be attached would make two.
    if (policies.sure.length === 1) policies.settle();
    return configured(policies.sure.length === 0 ? 'the topic has no topic policy' : `one topic policy (${policies.sure[0].logicalId})`);
  },
});
