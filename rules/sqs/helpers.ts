import type { Attachments, EvaluationContext } from '../../lib/model/context';
import type { ResourcePolicies } from '../../lib/model/evidence/resource-policies';
import type { ResourceRecord } from '../../lib/model/resource';
import { Value } from '../../lib/model/value';

/**
 * A property that CloudFormation types as JSON, which a template may give as an object or as a
 * JSON string (SQS RedrivePolicy, RedriveAllowPolicy). A string is parsed; anything else is
 * returned as is, so tokens stay tokens and are reported as unknown on read.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sqs-queue.html#cfn-sqs-queue-redrivepolicy
 */
export function jsonProperty(value: Value): Value {
  if (typeof value.raw !== 'string' || value.isToken) return value;
  const text = value.str()!;
  try {
    return new Value(JSON.parse(text), value.path);
  } catch {
    return value;
  }
}

export const QUEUE = 'AWS::SQS::Queue';
export const QUEUE_POLICY = 'AWS::SQS::QueuePolicy';
export const QUEUE_INLINE_POLICY = 'AWS::SQS::QueueInlinePolicy';

/**
 * The queue policies attached to the queue being evaluated: AWS::SQS::QueuePolicy whose `Queues`
 * list names it and AWS::SQS::QueueInlinePolicy whose `Queue` does (a Ref to a queue returns its
 * URL). A policy that only mentions the queue elsewhere (in a condition) is not its policy; one
 * whose link may name it (an Fn::If, a parameter) is in `maybe`.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sqs-queuepolicy.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sqs-queueinlinepolicy.html
 */
export function queuePolicies(ctx: EvaluationContext): Attachments {
  return ctx.attachments(QUEUE_POLICY, 'Queues').concat(ctx.attachments(QUEUE_INLINE_POLICY, 'Queue'));
}

/**
 * On a queue policy: the queues of the template it is evaluated with, or undefined when it applies
 * to a queue outside the template or may (an Fn::If, a parameter), so it is judged on its own.
 */
export function policyQueues(ctx: EvaluationContext): readonly ResourceRecord[] | undefined {
  if (ctx.resource.type === QUEUE_POLICY) return ctx.linked('Queues', QUEUE);
  if (ctx.resource.type === QUEUE_INLINE_POLICY) return ctx.linked('Queue', QUEUE);
  return undefined;
}

/** Two unrelated queue ARNs: a Resource pattern matching both names every queue. */
export const QUEUE_ARN_SAMPLES = ['arn:aws:sqs:us-east-1:111122223333:queue-a', 'arn:aws:sqs:eu-west-1:999988887777:other-queue'] as const;

export const QUEUE_POLICIES: ResourcePolicies = { target: QUEUE, attached: queuePolicies, linked: policyQueues };
