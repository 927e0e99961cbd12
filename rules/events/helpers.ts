import type { EvaluationContext } from '../../lib/model/context';
import { isPublicAllow, statements } from '../../lib/model/policy';
import type { ResourceRecord } from '../../lib/model/resource';
import type { Value } from '../../lib/model/value';

export interface PublicGrant {
  readonly source: string;
  readonly detail: string;
}

/**
 * The first statement of an AWS::Events::EventBusPolicy that grants everyone, with no confining
 * condition: the `Statement` form (a single IAM statement) or the legacy `Principal`/`Condition`
 * form, where Principal "*" without a Condition allows every account.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-events-eventbuspolicy.html
 */
export function publicGrantOfBusPolicy(ctx: EvaluationContext, policy: ResourceRecord): PublicGrant | undefined {
  const props = ctx.propsOf(policy);
  const statement = props.at('Statement');
  if (statement.isSet()) {
    for (const s of statement.list() ?? []) if (isPublicAllow(s)) return { source: policy.logicalId, detail: describe(s) };
    return undefined;
  }
  const principal = props.at('Principal').str();
  if (principal === '*' && !props.at('Condition').isSet())
    return { source: policy.logicalId, detail: `Principal "*" may ${props.at('Action').str() ?? 'events:PutEvents'}` };
  return undefined;
}

/** The first unconfined public Allow in a bus's inline `Policy` document. */
export function publicGrantOfDocument(source: string, document: Value): PublicGrant | undefined {
  for (const s of statements(document)) if (isPublicAllow(s)) return { source, detail: describe(s) };
  return undefined;
}

function describe(s: Value): string {
  const actions = s
    .at('Action')
    .list()
    ?.map((a) => a.str() ?? '') ?? ['(NotAction)'];
  return `Principal "*" may ${actions.join(', ')} with no condition that confines it to an account or organization`;
}
