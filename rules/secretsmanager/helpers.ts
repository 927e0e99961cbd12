import type { EvaluationContext } from '../../lib/model/context';
import type { ResourceRecord } from '../../lib/model/resource';

/**
 * The resources of `type` that point at the secret being evaluated through `SecretId` (a `Ref`,
 * which returns the secret's ARN). A resource that only mentions the secret elsewhere (in a policy
 * document, say) is not attached to it.
 */
export function attachedToSecret(ctx: EvaluationContext, type: string): ResourceRecord[] {
  // A Ref to an AWS::SecretsManager::SecretTargetAttachment also returns the secret's ARN; CDK's
  // `database.addRotationSingleUser()` points the rotation schedule at the attachment.
  const viaAttachments = ctx
    .referrers(ATTACHMENT)
    .filter((a) => pointsAt(ctx, a, ctx.resource))
    .flatMap((a) => ctx.index.referrers(a, type).filter((r) => pointsAt(ctx, r, a)));
  return [...ctx.referrers(type).filter((r) => pointsAt(ctx, r, ctx.resource)), ...viaAttachments];
}

const ATTACHMENT = 'AWS::SecretsManager::SecretTargetAttachment';

function pointsAt(ctx: EvaluationContext, from: ResourceRecord, to: ResourceRecord): boolean {
  const target = ctx.target(ctx.propsOf(from).at('SecretId'));
  return target !== undefined && target.stackPath === to.stackPath && target.logicalId === to.logicalId;
}
