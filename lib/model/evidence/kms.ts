import type { EvaluationContext } from '../context';
import type { ResourceRecord } from '../resource';
import type { Value } from '../value';
import { cannotBeEmpty } from './parameters';

export type KeyChoice =
  | { readonly kind: 'none' }
  | { readonly kind: 'aws-managed'; readonly key: string }
  | { readonly kind: 'customer-managed'; readonly key: string; readonly record?: ResourceRecord };

const KEY_TYPES = new Set(['AWS::KMS::Key', 'AWS::KMS::ReplicaKey']);

/**
 * Which KMS key a key property names. A Ref or GetAtt to a key (or alias) in the app is
 * customer managed; `alias/aws/...` names an AWS managed key; a key ARN or id given as a literal
 * is taken as customer managed (AWS managed keys are addressed by their alias). A parameter or an
 * import cannot be classified, so reading it throws (unknown).
 * https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-mgmt
 */
export function keyChoice(ctx: EvaluationContext, value: Value): KeyChoice {
  if (value.raw === undefined || value.raw === null || value.raw === '') return { kind: 'none' };
  const target = ctx.target(value);
  if (target && KEY_TYPES.has(target.type)) return { kind: 'customer-managed', key: target.logicalId, record: target };
  if (target && target.type === 'AWS::KMS::Alias') {
    const keyRecord = ctx.target(ctx.propsOf(target).at('TargetKeyId'));
    return { kind: 'customer-managed', key: target.logicalId, record: keyRecord };
  }
  const text = value.str()!;
  if (/(^|:)alias\/aws\//.test(text)) return { kind: 'aws-managed', key: text };
  return { kind: 'customer-managed', key: text };
}

/**
 * For duties that accept any key: the key a key property names, or undefined when it names none.
 * A Ref to a parameter of the template whose declaration refuses the empty string (MinLength,
 * AllowedValues, AllowedPattern) names some key, decided at deploy; any other parameter may be
 * given "", which names none, so reading it stays unknown.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html
 */
export function namedKey(ctx: EvaluationContext, value: Value): string | undefined {
  const ref = value.intrinsic?.Ref;
  if (typeof ref === 'string' && !ref.startsWith('AWS::') && !ctx.index.isResource(ctx.resource, ref) && !ctx.target(value)) {
    const declaration = ctx.index.parameterDeclaration(ctx.resource, ref);
    if (declaration && cannotBeEmpty(declaration)) return `the key parameter '${ref}' passes (its declaration refuses an empty value)`;
  }
  const key = keyChoice(ctx, value);
  return key.kind === 'none' ? undefined : key.key;
}
