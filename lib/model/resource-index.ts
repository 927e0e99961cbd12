import type { ResourceRecord } from './resource';
import { isNoValueRef, isOutputType, linkAt, referencedLogicalId, type UncertainLink } from './links';
import { NO_TEMPLATE_FACTS, type TemplateFacts } from './template-facts';
import { isIntrinsic } from './value';

const NESTED_STACK = 'AWS::CloudFormation::Stack';
/** How many nested-stack outputs and parameters a reference is followed through before giving up. */
const MAX_HOPS = 8;

export { referencedLogicalId, type UncertainLink } from './links';

/** Where an exported output's value points: a resource of another (or the same) stack. */
export interface StackExport {
  readonly stackPath: string;
  readonly logicalId: string;
}

/**
 * Every resource of the checked scope, indexed once: by type, by logical id within its template,
 * and by who references whom (`Ref` and `Fn::GetAtt`). Cross-resource evidence (a bucket policy, a
 * separate security group rule, an instance profile's role) is read from here, never by searching
 * the construct tree.
 */
export class ResourceIndex {
  private readonly byTypeMap = new Map<string, ResourceRecord[]>();
  private readonly byKey = new Map<string, ResourceRecord>();
  /** Who references whom, by the referrers' type ('' for every type), built on first use. */
  private readonly referrersByType = new Map<string, Map<ResourceRecord, ResourceRecord[]>>();
  private readonly targetsByRecord = new Map<ResourceRecord, readonly ResourceRecord[]>();
  private readonly derived = new Map<object, unknown>();
  private readonly openLinks = new Map<string, readonly ResourceRecord[]>();
  private parentStacks?: Map<string, ResourceRecord>;

  constructor(
    readonly resources: readonly ResourceRecord[],
    private readonly facts: TemplateFacts = NO_TEMPLATE_FACTS,
    /** Exported outputs by export name, to tie a `Fn::ImportValue` to the resource another stack exports. */
    private readonly exports: ReadonlyMap<string, StackExport> = new Map(),
  ) {
    for (const r of resources) {
      this.byKey.set(key(r.stackPath, r.logicalId), r);
      let list = this.byTypeMap.get(r.type);
      if (!list) this.byTypeMap.set(r.type, (list = []));
      list.push(r);
    }
  }

  /**
   * A structure built from the index once per run and kept with it, keyed by `key` (a module's own
   * object): how evidence that many resources look up (AWS Backup selections, SSM patch
   * associations) is found without a scan of every candidate for every resource.
   */
  derive<T>(key: object, build: (index: ResourceIndex) => T): T {
    if (!this.derived.has(key)) this.derived.set(key, build(this));
    return this.derived.get(key) as T;
  }

  ofType(type: string): readonly ResourceRecord[] {
    return this.byTypeMap.get(type) ?? [];
  }

  /** The resource with this logical id in the same template as `from`. */
  get(from: ResourceRecord, logicalId: string): ResourceRecord | undefined {
    return this.byKey.get(key(from.stackPath, logicalId));
  }

  /** Resources whose properties reference `target` with `Ref` or `Fn::GetAtt`, optionally of one type. */
  referrers(target: ResourceRecord, type?: string): readonly ResourceRecord[] {
    return this.referrersMapOf(type ?? '').get(target) ?? [];
  }

  /**
   * WHY by type and on first use: reading a resource's references reads its properties, and a
   * record read from a construct is resolved only when its properties are first read (see
   * `lazyRecord`). Duties ask for the referrers of one type (a bucket's policies), so only
   * resources of that type are read; in the order of the index, as one map over all would give.
   */
  private referrersMapOf(type: string): Map<ResourceRecord, ResourceRecord[]> {
    let map = this.referrersByType.get(type);
    if (map) return map;
    map = new Map();
    this.referrersByType.set(type, map);
    for (const r of type === '' ? this.resources : this.ofType(type)) {
      for (const referenced of this.targetsOf(r)) {
        const list = map.get(referenced);
        if (list) list.push(r);
        else map.set(referenced, [r]);
      }
    }
    return map;
  }

  /**
   * The resources `r` references, each once, read the first time any map of referrers needs them:
   * a duty asking for every referrer after others asked for one type does not read them again.
   */
  private targetsOf(r: ResourceRecord): readonly ResourceRecord[] {
    const known = this.targetsByRecord.get(r);
    if (known) return known;
    const targets: ResourceRecord[] = [];
    for (const target of collectReferences(r.properties)) {
      const referenced = target.startsWith(IMPORT) ? this.imported(target.slice(IMPORT.length)) : this.byKey.get(key(r.stackPath, target));
      if (referenced && referenced !== r && !targets.includes(referenced)) targets.push(referenced);
    }
    this.targetsByRecord.set(r, targets);
    return targets;
  }

  /** The resource an `Fn::ImportValue` of this export name names, when a stack of the app exports it. */
  imported(exportName: unknown): ResourceRecord | undefined {
    const found = typeof exportName === 'string' ? this.exports.get(exportName) : undefined;
    return found && this.byKey.get(key(found.stackPath, found.logicalId));
  }

  /**
   * The resource a `Ref` or `Fn::GetAtt` names, in the same template; followed through a nested
   * stack of the app: `Fn::GetAtt [NestedStack, Outputs.X]` to what the nested template's output X
   * names, and a `Ref` to a nested template's parameter to what its parent passes for it.
   */
  resolveReference(from: ResourceRecord, raw: unknown): ResourceRecord | undefined {
    return this.follow(from.stackPath, raw, 0);
  }

  /** The declaration of parameter `name` in the template of `from` (`Type`, `MinLength`, `AllowedValues`...), when it declares one. */
  parameterDeclaration(from: ResourceRecord, name: string): Readonly<Record<string, unknown>> | undefined {
    return this.facts.parameter(from.stackPath, name);
  }

  private follow(stackPath: string, raw: unknown, hops: number): ResourceRecord | undefined {
    const id = referencedLogicalId(raw);
    if (id === undefined) return undefined;
    const r = this.byKey.get(key(stackPath, id));
    if (hops >= MAX_HOPS) return r;
    if (r?.type === NESTED_STACK) {
      const output = nestedOutputName(raw);
      const nested = output === undefined ? undefined : this.facts.nestedStack(r);
      const value = nested === undefined ? undefined : this.facts.output(nested, output!);
      return (value !== undefined && this.follow(nested!, value, hops + 1)) || r;
    }
    if (r || !isIntrinsic(raw) || typeof raw.Ref !== 'string' || id.startsWith('AWS::')) return r;
    // A parameter of a nested template: the value its parent passes for it.
    const parent = this.parentOf(stackPath);
    const passed = parent && parent.properties.Parameters;
    if (passed === null || typeof passed !== 'object' || isIntrinsic(passed)) return undefined;
    return this.follow(parent!.stackPath, (passed as Record<string, unknown>)[id], hops + 1);
  }

  /** The AWS::CloudFormation::Stack resource of the app that creates the template at `stackPath`. */
  private parentOf(stackPath: string): ResourceRecord | undefined {
    if (!this.parentStacks) {
      this.parentStacks = new Map();
      for (const r of this.ofType(NESTED_STACK)) {
        const nested = this.facts.nestedStack(r);
        if (nested !== undefined) this.parentStacks.set(nested, r);
      }
    }
    return this.parentStacks.get(stackPath);
  }

  /** Whether a logical id names a resource of this template (otherwise a Ref names a parameter or pseudo parameter). */
  isResource(from: ResourceRecord, logicalId: string): boolean {
    return this.byKey.has(key(from.stackPath, logicalId));
  }

  /**
   * Whether an `Fn::GetAtt` reads data that code decides at deploy (a custom resource's or a nested
   * stack's output, as `CfnJson` renders) rather than an attribute that names the resource. A `Ref`
   * names the resource, even a custom one (CDK's OIDC provider is referenced so).
   */
  isOutput(from: ResourceRecord, intrinsic: Record<string, unknown>): boolean {
    const id = referencedLogicalId(intrinsic);
    if (id === undefined || typeof intrinsic.Ref === 'string') return false;
    const r = this.get(from, id);
    if (r === undefined || !isOutputType(r.type)) return r === undefined;
    // A nested stack's output that names a resource of the app names it, as a Ref or GetAtt would.
    const named = r.type === NESTED_STACK ? this.follow(from.stackPath, intrinsic, 0) : undefined;
    return named === undefined || named === r;
  }

  /**
   * The resources of `type` that may attach to `target` through the link at `path` of their
   * properties (a policy's `Queues`, an EIP's `InstanceId`): `sure` when the link is a Ref or
   * Fn::GetAtt to it (alone or in a list); `maybe`, with the token and where it sits, when the link
   * can resolve to it at deploy but need not: an Fn::If with it in one branch, or a parameter, an
   * import or a custom resource's output, which may name any resource of the app.
   */
  attachments(target: ResourceRecord, type: string, path: string): { sure: ResourceRecord[]; maybe: UncertainLink[] } {
    const sure: ResourceRecord[] = [];
    const maybe: UncertainLink[] = [];
    const keys = path.split('.');
    for (const r of new Set([...this.referrers(target, type), ...this.openLinksOf(type, path)])) {
      const found = linkAt(this, r, r.properties, keys, '', target);
      if (found?.kind === 'sure') sure.push(r);
      else if (found) maybe.push({ record: r, path: found.path, raw: found.raw });
    }
    return { sure, maybe };
  }

  /**
   * The resources of `type` in the template that the link at `path` of `from` names, when every
   * value it can take is a Ref or Fn::GetAtt to one of them (alone or in a list); undefined when it
   * names nothing of the template or may name something else, so `from` must be judged on its own.
   */
  linked(from: ResourceRecord, path: string, type: string, properties: unknown = from.properties): ResourceRecord[] | undefined {
    let raw: unknown = properties;
    for (const k of path.split('.'))
      raw = raw !== null && typeof raw === 'object' && !isIntrinsic(raw) ? (raw as Record<string, unknown>)[k] : undefined;
    const out: ResourceRecord[] = [];
    for (const item of Array.isArray(raw) ? raw : [raw]) {
      if (isNoValueRef(item)) continue;
      // Only a resource of this template, or of another stack of the app through an export it defines (what CDK
      // writes for a cross-stack reference): a link through a nested stack is judged on its own, as attachments read it.
      const imported = isIntrinsic(item) && 'Fn::ImportValue' in item ? this.imported(item['Fn::ImportValue']) : undefined;
      const id = imported || !isIntrinsic(item) || this.isOutput(from, item) ? undefined : referencedLogicalId(item);
      const r = imported ?? (id === undefined ? undefined : this.get(from, id));
      if (!r || r.type !== type) return undefined;
      out.push(r);
    }
    return out.length > 0 ? out : undefined;
  }

  /** Resources of `type` whose link at `path` may name any resource (a parameter, an import, ...); computed once per type and path. */
  private openLinksOf(type: string, path: string): readonly ResourceRecord[] {
    const k = `${type}\u0000${path}`;
    let list = this.openLinks.get(k);
    if (!list) {
      const keys = path.split('.');
      list = this.ofType(type).filter((r) => linkAt(this, r, r.properties, keys, '', undefined) !== undefined);
      this.openLinks.set(k, list);
    }
    return list;
  }
}

/** `X` of `Fn::GetAtt [Stack, Outputs.X]` (or `Stack.Outputs.X`), the way a parent reads a nested stack's output. */
function nestedOutputName(raw: unknown): string | undefined {
  const getAtt = isIntrinsic(raw) ? raw['Fn::GetAtt'] : undefined;
  const attribute = Array.isArray(getAtt) ? getAtt[1] : typeof getAtt === 'string' ? getAtt.slice(getAtt.indexOf('.') + 1) : undefined;
  return typeof attribute === 'string' && attribute.startsWith('Outputs.') ? attribute.slice('Outputs.'.length) : undefined;
}

function key(stackPath: string, logicalId: string): string {
  return `${stackPath}\u0000${logicalId}`;
}

/** Marks an import's export name among the logical ids `collectReferences` finds. */
const IMPORT = '\u0000import:';

/** Logical ids referenced with `Ref`/`Fn::GetAtt`, and the literal export names of `Fn::ImportValue` (prefixed with IMPORT). */
function collectReferences(root: unknown): Set<string> {
  const found = new Set<string>();
  addReferences(root, found);
  return found;
}

/**
 * WHY recursion over `for...in` rather than a work list of `Object.values`: this reads every
 * property of every resource when a duty asks who references a resource, and the arrays a work list
 * allocates per object cost more than the walk. The depth is the template's nesting, never a
 * list's length, so the call stack stays short.
 */
function addReferences(x: unknown, found: Set<string>): void {
  if (x === null || typeof x !== 'object') return;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) addReferences(x[i], found);
    return;
  }
  const id = referencedLogicalId(x);
  if (id !== undefined) {
    found.add(id);
    return;
  }
  const obj = x as Record<string, unknown>;
  const imported = obj['Fn::ImportValue'];
  if (typeof imported === 'string' && isIntrinsic(obj)) {
    found.add(`${IMPORT}${imported}`);
    return;
  }
  for (const k in obj) addReferences(obj[k], found);
}
