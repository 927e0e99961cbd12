import type { Attachments, EvaluationContext } from '../../lib/model/context';
import { deniesInsecureTransport } from '../../lib/model/policy';
import { resourceCovers, type ResourcePolicies } from '../../lib/model/evidence/resource-policies';
import type { ResourceRecord } from '../../lib/model/resource';
import type { Value } from '../../lib/model/value';

export const TOPIC = 'AWS::SNS::Topic';
export const TOPIC_POLICY = 'AWS::SNS::TopicPolicy';
export const TOPIC_INLINE_POLICY = 'AWS::SNS::TopicInlinePolicy';

/**
 * The topic policies in the template that apply to this topic: AWS::SNS::TopicPolicy whose `Topics`
 * list names it, and AWS::SNS::TopicInlinePolicy whose `TopicArn` names it; those whose link may
 * name it (an Fn::If, a parameter) are in `maybe`.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-topicpolicy.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-topicinlinepolicy.html
 */
export function topicPolicies(ctx: EvaluationContext): Attachments {
  return ctx.attachments(TOPIC_POLICY, 'Topics').concat(ctx.attachments(TOPIC_INLINE_POLICY, 'TopicArn'));
}

/**
 * On a topic policy: the topics of the template it is evaluated with, or undefined when it applies
 * to a topic outside the template or may (an Fn::If, a parameter), so it is judged on its own.
 */
export function policyTopics(ctx: EvaluationContext): readonly ResourceRecord[] | undefined {
  if (ctx.resource.type === TOPIC_POLICY) return ctx.linked('Topics', TOPIC);
  if (ctx.resource.type === TOPIC_INLINE_POLICY) return ctx.linked('TopicArn', TOPIC);
  return undefined;
}

export const TOPIC_POLICIES: ResourcePolicies = { target: TOPIC, attached: topicPolicies, linked: policyTopics };

/** Two unrelated topic ARNs: a Resource pattern matching both names every topic. */
const TOPIC_ARN_SAMPLES = ['arn:aws:sns:us-east-1:111122223333:topic-a', 'arn:aws:sns:eu-west-1:999988887777:other-topic'] as const;

/**
 * A Deny for every principal when aws:SecureTransport is false that covers publishing to the topic
 * being evaluated: Action `*`, `sns:*` or `sns:Publish`, the statement AWS documents for SNS and
 * the one CDK's `enforceSSL` writes.
 * https://docs.aws.amazon.com/sns/latest/dg/sns-security-best-practices.html#enforce-encryption-data-in-transit
 */
export function deniesInsecurePublish(ctx: EvaluationContext, statement: Value): boolean {
  return deniesInsecureTransport(statement, 'sns', (resource) => resourceCovers(ctx, resource, ctx.resource, TOPIC_ARN_SAMPLES), [
    'sns:Publish',
  ]);
}
