import type { Attachments, EvaluationContext } from '../../lib/model/context';
import type { ResourcePolicies } from '../../lib/model/evidence/resource-policies';
import type { ResourceRecord } from '../../lib/model/resource';

export const SECRET = 'AWS::SecretsManager::Secret';
export const RESOURCE_POLICY = 'AWS::SecretsManager::ResourcePolicy';
export const ROTATION_SCHEDULE = 'AWS::SecretsManager::RotationSchedule';
const ATTACHMENT = 'AWS::SecretsManager::SecretTargetAttachment';

/**
 * The resources of `type` that point at the secret being evaluated through `SecretId` (a `Ref`,
 * which returns the secret's ARN); those whose `SecretId` may name it (an Fn::If, a parameter) are
 * in `maybe`. A resource that only mentions the secret elsewhere (in a policy document, say) is not
 * attached to it.
 */
export function attachedToSecret(ctx: EvaluationContext, type: string): Attachments {
  // A Ref to an AWS::SecretsManager::SecretTargetAttachment also returns the secret's ARN; CDK's
  // `database.addRotationSingleUser()` points the rotation schedule at the attachment.
  const targets = ctx.attachments(ATTACHMENT, 'SecretId');
  targets.settle((a) => {
    const via = ctx.attachments(type, 'SecretId', a);
    return via.sure.length + via.maybe.length > 0;
  });
  return targets.sure.reduce((all, a) => all.concat(ctx.attachments(type, 'SecretId', a)), ctx.attachments(type, 'SecretId'));
}

/**
 * On a resource policy: the secrets of the template it is evaluated with (directly, or through a
 * secret target attachment), or undefined when its `SecretId` is outside the template or may be
 * (an Fn::If, a parameter), so it is judged on its own.
 */
export function policySecrets(ctx: EvaluationContext): readonly ResourceRecord[] | undefined {
  if (ctx.resource.type !== RESOURCE_POLICY) return undefined;
  const direct = ctx.linked('SecretId', SECRET);
  if (direct) return direct;
  const via = ctx.linked('SecretId', ATTACHMENT);
  const secrets = via?.flatMap((a) => ctx.index.linked(a, 'SecretId', SECRET) ?? []);
  return via && secrets?.length === via.length ? secrets : undefined;
}

export const SECRET_POLICIES: ResourcePolicies = {
  target: SECRET,
  attached: (ctx) => attachedToSecret(ctx, RESOURCE_POLICY),
  linked: policySecrets,
};
