import type { EvaluationContext } from '../../lib/model/context';
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

/**
 * The queue policies (AWS::SQS::QueuePolicy) in the template whose `Queues` list names this queue
 * (a Ref to it). A policy that only mentions the queue elsewhere (in a condition) is not its policy.
 */
export function queuePolicies(ctx: EvaluationContext): ResourceRecord[] {
  return ctx
    .referrers('AWS::SQS::QueuePolicy')
    .filter((p) => (ctx.propsOf(p).at('Queues').list() ?? []).some((q) => ctx.target(q) === ctx.resource));
}
