/**
 * How a link (a policy's `Queues`, an EIP's `InstanceId`) names the resource it attaches to. A Ref
 * or Fn::GetAtt to it names it surely; an Fn::If with it in one branch, an expression built from
 * it, or a value decided at deploy (a parameter, an import, a dynamic reference, a custom
 * resource's output, which may name any resource) names it maybe.
 */
import type { ResourceRecord } from './resource';
import { isDynamicReference, isIntrinsic, pseudoText } from './value';

/** The lookup the reader needs: a resource by logical id in the template of another. */
export interface Scope {
  get(from: ResourceRecord, logicalId: string): ResourceRecord | undefined;
  /** The resource an `Fn::ImportValue` of this export name names, when a stack of the app exports it. */
  imported?(exportName: unknown): ResourceRecord | undefined;
}

/** A link that may or may not name a resource: the token, and its path in the attaching resource's properties. */
export interface UncertainLink {
  readonly record: ResourceRecord;
  readonly path: string;
  readonly raw: unknown;
}

export interface Found {
  readonly kind: 'sure' | 'may';
  readonly path: string;
  readonly raw: unknown;
}

/** Types whose attributes are data decided by code at deploy, not names of the resource. */
export function isOutputType(type: string): boolean {
  return (
    type.startsWith('Custom::') ||
    type === 'AWS::CloudFormation::CustomResource' ||
    type === 'AWS::CloudFormation::Stack' ||
    type === 'AWS::CloudFormation::WaitCondition'
  );
}

export function isNoValueRef(raw: unknown): boolean {
  return isIntrinsic(raw) && raw.Ref === 'AWS::NoValue';
}

/** The logical id a `Ref` or `Fn::GetAtt` names, if `raw` is one. */
export function referencedLogicalId(raw: unknown): string | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const obj = raw as Record<string, unknown>;
  if (typeof obj.Ref === 'string') return obj.Ref;
  const getAtt = obj['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return getAtt[0];
  if (typeof getAtt === 'string') return getAtt.split('.')[0];
  return undefined;
}

function join(at: string, k: string): string {
  return at ? `${at}.${k}` : k;
}

/**
 * How the value at `keys` below `raw` (a property of `from`) names `target`: surely, maybe (with the
 * token and its path), or not at all (undefined); `at` is the path walked so far. Without a target,
 * only what may name any resource (a parameter, an import, ...) is found.
 */
export function linkAt(
  scope: Scope,
  from: ResourceRecord,
  raw: unknown,
  keys: readonly string[],
  at: string,
  target: ResourceRecord | undefined,
): Found | undefined {
  const here = (raw: unknown): Found => ({ kind: 'may', path: at, raw });
  if (raw === undefined || raw === null || isNoValueRef(raw)) return undefined;
  const branches = isIntrinsic(raw) ? raw['Fn::If'] : undefined;
  if (Array.isArray(branches)) {
    const [a, b] = [branches[1], branches[2]].map((x) => linkAt(scope, from, x, keys, at, target));
    if (a?.kind === 'sure' && b?.kind === 'sure') return a;
    return a || b ? here(raw) : undefined;
  }
  if (keys.length > 0) {
    if (isIntrinsic(raw) || isDynamicReference(raw)) return here(raw);
    if (typeof raw !== 'object' || Array.isArray(raw)) return undefined;
    return linkAt(scope, from, (raw as Record<string, unknown>)[keys[0]], keys.slice(1), join(at, keys[0]), target);
  }
  if (Array.isArray(raw)) {
    let may: Found | undefined;
    for (let i = 0; i < raw.length; i++) {
      const found = linkAt(scope, from, raw[i], keys, join(at, String(i)), target);
      if (found?.kind === 'sure') return found;
      may ??= found;
    }
    return may;
  }
  if (typeof raw === 'string') return isDynamicReference(raw) ? here(raw) : undefined;
  if (!isIntrinsic(raw)) return undefined;
  const id = referencedLogicalId(raw);
  if (id !== undefined) {
    if (id.startsWith('AWS::')) return undefined;
    const r = scope.get(from, id);
    if (!r || isOutputType(r.type)) return here(raw);
    return r === target ? { kind: 'sure', path: at, raw } : undefined;
  }
  if (pseudoText(raw) !== undefined) return undefined;
  // An import of an export of the app names that resource, as a Ref would in one template.
  const exported = 'Fn::ImportValue' in raw ? scope.imported?.(raw['Fn::ImportValue']) : undefined;
  if (exported) return exported === target ? { kind: 'sure', path: at, raw } : undefined;
  return mayName(scope, from, raw, target) ? here(raw) : undefined;
}

/** Whether an expression (Fn::Join, Fn::Select, Fn::Sub, Fn::ImportValue, ...) is built from `target` or from a value decided at deploy. */
function mayName(scope: Scope, from: ResourceRecord, root: unknown, target: ResourceRecord | undefined): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const x = stack.pop();
    if (isDynamicReference(x)) return true;
    if (x === null || typeof x !== 'object') continue;
    const obj = x as Record<string, unknown>;
    if ('Fn::ImportValue' in obj) return true;
    const id = referencedLogicalId(x);
    if (id !== undefined && isIntrinsic(x)) {
      if (id.startsWith('AWS::')) continue;
      const r = scope.get(from, id);
      if (!r || r === target || isOutputType(r.type)) return true;
      continue;
    }
    const sub = obj['Fn::Sub'];
    const [text, vars] = Array.isArray(sub) ? [sub[0], sub[1]] : [sub, undefined];
    if (typeof text === 'string') {
      for (const m of text.matchAll(/\$\{([^}!][^}]*)\}/g)) {
        const name = m[1].split('.')[0];
        if (name.startsWith('AWS::') || (vars && typeof vars === 'object' && name in vars)) continue;
        const r = scope.get(from, name);
        if (!r || r === target || isOutputType(r.type)) return true;
      }
    }
    for (const child of Array.isArray(x) ? x : Object.values(obj)) stack.push(child);
  }
  return false;
}
