import type { Attachments, EvaluationContext } from '../context';
import { effect, isOwnAccount, isPublicAllow, principalAccount, serviceWildcards, statements, stringList } from '../policy';
import type { ResourceRecord } from '../resource';
import { isIntrinsic, pseudoText, UnresolvedValue, type Value } from '../value';

/**
 * How a service's resource policies (queue, topic, secret policies) are tied to the resource they
 * apply to, for the duties that judge them. Each such duty runs on both sides of the link: on the
 * resource, with the policies attached to it, and on each policy, which is judged there only when
 * its target is not surely a resource of the template.
 */
export interface ResourcePolicies {
  /** The type of the resource the policies apply to. */
  readonly target: string;
  /** On a target: the policies attached to it, surely or maybe (an Fn::If, a parameter). */
  readonly attached: (ctx: EvaluationContext) => Attachments;
  /** On a policy: the targets of the template it is judged with, or undefined when it is judged on its own. */
  readonly linked: (ctx: EvaluationContext) => readonly ResourceRecord[] | undefined;
}

export type PolicyScope =
  /** The resource evaluated is a policy judged with its targets, on them. */
  | { readonly kind: 'on-targets'; readonly targets: readonly ResourceRecord[] }
  /**
   * Judge these policies here. `settle(decides)` then makes the duty unknown when a policy that
   * may be attached would change the verdict (`decides` holds for it).
   */
  | {
      readonly kind: 'judge';
      readonly policies: readonly ResourceRecord[];
      readonly settle: (decides: (policy: ResourceRecord) => boolean) => void;
    };

/** What a duty about resource policies judges on the resource being evaluated. */
export function policyScope(ctx: EvaluationContext, links: ResourcePolicies): PolicyScope {
  const targets = links.linked(ctx);
  if (targets) return { kind: 'on-targets', targets };
  if (ctx.resource.type !== links.target) return { kind: 'judge', policies: [ctx.resource], settle: () => undefined };
  const attached = links.attached(ctx);
  return { kind: 'judge', policies: attached.sure, settle: (decides) => attached.settle(decides) };
}

/** The first statement of the policies' documents (at `property`) that allows everyone with no confining condition. */
export function firstPublicAllow(
  ctx: EvaluationContext,
  policies: readonly ResourceRecord[],
  property = 'PolicyDocument',
): { policy: string; actions: string } | undefined {
  for (const policy of policies) {
    for (const s of statements(ctx.propsOf(policy).at(property))) {
      if (isPublicAllow(s)) return { policy: policy.logicalId, actions: (stringList(s.at('Action')) ?? ['(NotAction)']).join(', ') };
    }
  }
  return undefined;
}

/**
 * The first Allow statement of the policies' documents (at `property`) that grants every action of
 * the service (`prefix:*`) or of every service (`*`, or `NotAction`) to a principal that is not everyone and not
 * only the owning account: another account, a role or user, or a service. Statements open to
 * everyone are the not-public duties' to report; `{"AWS": "<own account>"}` delegates to the
 * account's IAM policies (what the default KMS key policy does), which decide per action.
 * A principal that cannot be read (a parameter) makes the read unknown.
 */
export function firstWildcardGrant(
  ctx: EvaluationContext,
  policies: readonly ResourceRecord[],
  prefix: string,
  property = 'PolicyDocument',
): { policy: string; statement: string; actions: string; principal: string } | undefined {
  for (const policy of policies) {
    const all = statements(ctx.propsOf(policy).at(property));
    for (const [i, s] of all.entries()) {
      if (effect(s) !== 'Allow' || isPublicAllow(s)) continue;
      // NotAction in an Allow grants every action but the listed ones: as broad as "*".
      const wildcards = s.at('NotAction').isSet()
        ? [`NotAction ${(stringList(s.at('NotAction')) ?? []).join(', ')}`]
        : serviceWildcards(stringList(s.at('Action')) ?? []).filter((a) => a === '*' || a.toLowerCase() === `${prefix}:*`);
      if (wildcards.length === 0) continue;
      const others = otherPrincipals(s.at('Principal'), policy.stackAccount);
      if (others.length === 0) continue;
      const sid = s.at('Sid');
      return {
        policy: policy.logicalId,
        statement: typeof sid.raw === 'string' && sid.raw !== '' ? `'${sid.raw}'` : `#${i + 1}`,
        actions: wildcards.join(', '),
        principal: others.join(', '),
      };
    }
  }
  return undefined;
}

/**
 * The principals of a statement other than the owning account as a whole (its root, as
 * `AccountRootPrincipal` renders it, or its bare id), described for a message. A role or user of
 * the owning account is a principal like any other.
 */
function otherPrincipals(principal: Value, stackAccount: string | undefined): string[] {
  if (principal.raw === undefined || typeof principal.raw === 'string') return [];
  const out: string[] = [];
  for (const kind of principal.keys() ?? []) {
    const entries = principal.at(kind);
    const items = entries.intrinsic || pseudoText(entries.raw) !== undefined ? [entries] : (entries.list() ?? []);
    for (const item of items) {
      if (item.intrinsic && 'Fn::GetAtt' in item.intrinsic) {
        out.push(`${kind} ${JSON.stringify(item.raw)}`);
        continue;
      }
      if (kind === 'AWS' && isOwnAccount(item) && isAccountRoot(item)) continue;
      const text = item.str() ?? '';
      if (kind === 'AWS' && stackAccount !== undefined && isAccountRoot(item) && principalAccount(text) === stackAccount) continue;
      out.push(`${kind} ${text}`);
    }
  }
  return out;
}

/** Whether an AWS principal names an account as a whole: a bare account id or `arn:...:iam::<account>:root`. */
function isAccountRoot(item: Value): boolean {
  const raw = item.raw;
  if (isIntrinsic(raw) && raw.Ref === 'AWS::AccountId') return true;
  const text = (typeof raw === 'string' ? raw : pseudoText(raw))?.replace(/\$\{AWS::(Partition|AccountId)\}/g, (_, k: string) => k);
  return text !== undefined && (/^(\d{12}|AccountId)$/.test(text) || /^arn:[^:]+:iam::[^:]+:root$/.test(text));
}

/** A policy type and the property that names its targets (`Queues`, `Queue`, `Topics`, `TopicArn`). */
export interface PolicyLink {
  readonly type: string;
  readonly path: string;
}

/**
 * On a policy whose targets are not resources of the app (an imported queue or topic): the other
 * policies of the app, of the given kinds, that name one of its targets the same way (the same
 * literal URL or ARN, the same import, the same parameter of its stack), which each replace the
 * others' statements at deploy. `unreadable` lists the policies (this one included) whose targets
 * cannot be compared at synth.
 */
export function policiesOnSameTarget(
  ctx: EvaluationContext,
  links: readonly PolicyLink[],
  targetType: string,
): { same: ResourceRecord[]; target?: string; unreadable: ResourceRecord[] } {
  const keysOf = (r: ResourceRecord) => {
    const link = links.find((l) => l.type === r.type);
    const raw = link ? r.properties[link.path] : undefined;
    const items = Array.isArray(raw) ? raw : [raw];
    const keys = items.map((item) => targetKey(r, item));
    return keys.includes(undefined) ? undefined : (keys as string[]);
  };
  const standalone = links.flatMap((l) => ctx.index.ofType(l.type).filter((p) => ctx.index.linked(p, l.path, targetType) === undefined));
  const others = standalone.filter((p) => p !== ctx.resource);
  const mine = keysOf(ctx.resource);
  const unreadable = (mine === undefined ? [ctx.resource] : []).concat(others.filter((p) => keysOf(p) === undefined));
  if (mine === undefined) return { same: [], unreadable: others.length > 0 ? unreadable : [] };
  for (const key of mine) {
    const same = others.filter((p) => keysOf(p)?.includes(key));
    if (same.length > 0) return { same, target: key, unreadable };
  }
  return { same: [], unreadable };
}

/** How a link names its target, comparable across the app; undefined when it cannot be compared at synth. */
function targetKey(from: ResourceRecord, raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw.startsWith('{{resolve:') ? undefined : raw;
  if (!isIntrinsic(raw)) return undefined;
  if (typeof raw['Fn::ImportValue'] === 'string') return `the export ${raw['Fn::ImportValue']}`;
  if (typeof raw.Ref === 'string' && !raw.Ref.startsWith('AWS::')) return `the parameter ${raw.Ref} of ${from.stackPath}`;
  const text = pseudoText(raw);
  // The same text names another queue or topic in a stack of another Region or account: compare within one stack.
  return text !== undefined && /\$\{AWS::(Region|AccountId)\}/.test(text) ? `${text} in ${from.stackPath}` : text;
}

/** Two ARNs of unrelated resources of one kind: a pattern that matches both names any resource of that kind. */
export type ArnSamples = readonly [string, string];

/**
 * Whether a policy statement's `Resource` covers `target` (or, with `suffix` `/*`, every object
 * below it, as an S3 bucket's objects): `*`, an ARN pattern that matches any resource of the kind
 * (`samples`), a `Ref`/`Fn::GetAtt` to the target, or an `Fn::Join` of one and the suffix, as CDK
 * renders `bucket.arnForObjects('*')`. No `Resource` in a policy attached to the target applies to
 * it. An item naming another resource of the template covers nothing; a literal ARN or a
 * parameter cannot be matched to the target at synth, so the read is unknown.
 */
export function resourceCovers(
  ctx: EvaluationContext,
  resource: Value,
  target: ResourceRecord,
  samples: ArnSamples,
  suffix = '',
  /** The target's ARN when its name is a literal (`arn:aws:s3:::my-bucket`), so a literal ARN can be matched to it. */
  knownArn?: string,
): boolean {
  if (resource.raw === undefined) return true;
  const items = resource.intrinsic || pseudoText(resource.raw) !== undefined ? [resource] : (resource.list() ?? []);
  let unmatched: Value | undefined;
  for (const item of items) {
    const raw = item.raw;
    if (isIntrinsic(raw) && pseudoText(raw) === undefined) {
      const sub = subReference(raw);
      const direct = ctx.index.resolveReference(ctx.resource, sub?.tail === '' ? sub.ref : raw);
      const objects = sub
        ? wildcardMatches(sub.tail, '/any/key')
          ? ctx.index.resolveReference(ctx.resource, sub.ref)
          : undefined
        : joinedReference(ctx, raw);
      if ((suffix === '' ? direct : objects) === target) return true;
      // Another resource of the template, or another part of this one (its objects, its bucket).
      if (direct || objects) continue;
      unmatched ??= item;
      continue;
    }
    const pattern = (item.str() ?? '').replace(/\$\{AWS::Partition\}/g, 'aws');
    const below = suffix === '' ? '' : '/any/key';
    if (samples.every((s) => wildcardMatches(pattern, `${s}${below}`))) return true;
    if (knownArn !== undefined && /^arn:/.test(pattern) && !pattern.includes('${')) {
      if (wildcardMatches(pattern, `${knownArn}${below}`)) return true;
      continue;
    }
    unmatched ??= item;
  }
  if (unmatched?.isToken) unmatched.str();
  if (unmatched)
    throw new UnresolvedValue(
      unmatched.path,
      `the resource ${JSON.stringify(unmatched.raw)}, which cannot be matched to this resource at synth`,
    );
  return false;
}

/** An `Fn::Sub` of one resource reference and a literal tail (`${Bucket.Arn}/*`), as a `Ref`/`Fn::GetAtt` and the tail. */
function subReference(raw: Record<string, unknown>): { ref: Record<string, unknown>; tail: string } | undefined {
  const sub = raw['Fn::Sub'];
  const m = typeof sub === 'string' ? /^\$\{([A-Za-z0-9]+)(?:\.([A-Za-z0-9.]+))?\}([^$]*)$/.exec(sub) : null;
  if (!m) return undefined;
  return { ref: m[2] ? { 'Fn::GetAtt': [m[1], m[2]] } : { Ref: m[1] }, tail: m[3] };
}

/** The resource whose objects an `Fn::Join` of a `Ref`/`Fn::GetAtt` and `/*` names (`{"Fn::Join": ["", [{"Fn::GetAtt": [B, "Arn"]}, "/*"]]}`). */
function joinedReference(ctx: EvaluationContext, raw: Record<string, unknown>): ResourceRecord | undefined {
  const join = raw['Fn::Join'];
  if (!Array.isArray(join) || !Array.isArray(join[1]) || join[1].length !== 2) return undefined;
  const [head, tail] = join[1] as unknown[];
  if (typeof tail !== 'string' || !wildcardMatches(`${join[0]}${tail}`, '/any/key')) return undefined;
  return ctx.index.resolveReference(ctx.resource, head);
}

function wildcardMatches(pattern: string, text: string): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`).test(text);
}
