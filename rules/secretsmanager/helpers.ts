import type { EvaluationContext } from '../../lib/model/context';
import type { ResourceRecord } from '../../lib/model/resource';

/**
 * The resources of `type` that point at the secret being evaluated through `SecretId` (a `Ref`,
 * which returns the secret's ARN). A resource that only mentions the secret elsewhere (in a policy
 * document, say) is not attached to it.
 */
export function attachedToSecret(ctx: EvaluationContext, type: string): ResourceRecord[] {
  return ctx.referrers(type).filter((r) => {
    const target = ctx.target(ctx.propsOf(r).at('SecretId'));
    return target !== undefined && target.stackPath === ctx.resource.stackPath && target.logicalId === ctx.resource.logicalId;
  });
}
