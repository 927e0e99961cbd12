import type { EvaluationContext } from '../../lib/model/context';
import { deniesInsecureTransport, effect, hasPublicPrincipal, stringList } from '../../lib/model/policy';
import type { ResourceRecord } from '../../lib/model/resource';
import type { Value } from '../../lib/model/value';

/**
 * The topic policies in the template that apply to this topic: AWS::SNS::TopicPolicy whose `Topics`
 * list names it, and AWS::SNS::TopicInlinePolicy whose `TopicArn` names it.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-topicpolicy.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-topicinlinepolicy.html
 */
export function topicPolicies(ctx: EvaluationContext): ResourceRecord[] {
  const policies = ctx
    .referrers('AWS::SNS::TopicPolicy')
    .filter((p) => (ctx.propsOf(p).at('Topics').list() ?? []).some((t) => ctx.target(t) === ctx.resource));
  const inline = ctx.referrers('AWS::SNS::TopicInlinePolicy').filter((p) => ctx.target(ctx.propsOf(p).at('TopicArn')) === ctx.resource);
  return [...policies, ...inline];
}

/**
 * A Deny for every principal when aws:SecureTransport is false that covers publishing: Action `*`,
 * `sns:*` (what the shared reader accepts) or `sns:Publish`, the statement AWS documents for SNS
 * and the one CDK's `enforceSSL` writes.
 * https://docs.aws.amazon.com/sns/latest/dg/sns-security-best-practices.html#enforce-encryption-data-in-transit
 */
export function deniesInsecurePublish(statement: Value): boolean {
  if (deniesInsecureTransport(statement, 'sns')) return true;
  if (effect(statement) !== 'Deny' || !hasPublicPrincipal(statement)) return false;
  const actions = stringList(statement.at('Action')) ?? [];
  if (!actions.some((a) => a.toLowerCase() === 'sns:publish')) return false;
  const condition = statement.at('Condition');
  for (const op of condition.keys() ?? []) {
    if (op !== 'Bool') continue;
    for (const key of condition.at(op).keys() ?? []) {
      if (key.toLowerCase() !== 'aws:securetransport') continue;
      if ((stringList(condition.at(op).at(key)) ?? []).some((x) => x.toLowerCase() === 'false')) return true;
    }
  }
  return false;
}
