/**
 * Read access to a resolved CloudFormation value that refuses to guess.
 *
 * Every accessor throws `UnresolvedValue` when the value (or anything on the way to it) is an
 * intrinsic function that cannot be decided at synth, so an evaluator cannot mistake a parameter,
 * an import or a condition for a configured value: the engine turns the throw into "unknown".
 */
// WHY these two are not Error subclasses: they are control flow, thrown on every token an
// evaluator meets, and an Error captures a stack trace each time, which nobody reads.
export class UnresolvedValue {
  readonly name = 'UnresolvedValue';
  readonly message: string;
  constructor(
    readonly path: string,
    readonly token: string,
    /**
     * The first condition of an `Fn::If` in the token, when there is one: deciding it (reading the
     * resource once per branch) may make the read resolvable.
     */
    readonly condition?: string,
  ) {
    this.message = `${path || 'the resource'} is ${token}, which cannot be resolved at synth`;
  }
}

/** A value of the wrong type where CloudFormation expects another: the template would not deploy as written. */
export class UnexpectedValue {
  readonly name = 'UnexpectedValue';
  readonly message: string;
  constructor(
    readonly path: string,
    expected: string,
    found: unknown,
  ) {
    // The value itself is never quoted: a wrong-typed value may be a secret pasted in the wrong place.
    this.message = `${path} should be ${expected} but is ${kindOf(found)}`;
  }
}

export type Describe = (intrinsic: Record<string, unknown>) => string;

/** What a value knows of the template it was read from. */
export interface Lens {
  /** How an intrinsic reads in a message. */
  readonly describe: Describe;
  /**
   * Whether an intrinsic reads data that code decides at deploy (an `Fn::GetAtt` of a custom
   * resource, as `CfnJson` renders, or of a nested stack's output) rather than naming a resource.
   */
  readonly isOutput: (intrinsic: Record<string, unknown>) => boolean;
}

const NO_VALUE = 'AWS::NoValue';

export function isIntrinsic(raw: unknown): raw is Record<string, unknown> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return false;
  // The one key, without allocating the list of keys: this runs for every step of every read.
  let only: string | undefined;
  for (const k in raw) {
    if (only !== undefined) return false;
    only = k;
  }
  return only !== undefined && (only === 'Ref' || only.startsWith('Fn::') || only === 'Condition');
}

function isNoValue(raw: unknown): boolean {
  return raw !== null && typeof raw === 'object' && (raw as Record<string, unknown>).Ref === NO_VALUE && isIntrinsic(raw);
}

/** Whether a list element may resolve to AWS::NoValue, which removes it from the list: an Fn::If with such a branch. */
function mayBeRemoved(raw: unknown): boolean {
  if (isNoValue(raw)) return true;
  const branches = isIntrinsic(raw) ? raw['Fn::If'] : undefined;
  return Array.isArray(branches) && branches.slice(1).some(mayBeRemoved);
}

/** A token that cannot be stepped into: an intrinsic (other than AWS::NoValue) or a dynamic reference. */
function isOpaque(raw: unknown): boolean {
  return (isIntrinsic(raw) && !isNoValue(raw)) || isDynamicReference(raw);
}

/**
 * The text of an `Fn::Join` or `Fn::Sub` made only of literals and pseudo parameters, with each
 * pseudo parameter as a `${AWS::...}` placeholder; undefined for anything else.
 */
export function pseudoText(raw: unknown): string | undefined {
  if (!isIntrinsic(raw)) return undefined;
  const join = raw['Fn::Join'];
  if (Array.isArray(join) && join.length === 2 && typeof join[0] === 'string' && Array.isArray(join[1])) {
    const parts: string[] = [];
    for (const part of join[1]) {
      if (typeof part === 'string') parts.push(part);
      else if (isIntrinsic(part) && typeof part.Ref === 'string' && part.Ref.startsWith('AWS::') && part.Ref !== NO_VALUE)
        parts.push(`\${${part.Ref}}`);
      else {
        const inner = pseudoText(part);
        if (inner === undefined) return undefined;
        parts.push(inner);
      }
    }
    return parts.join(join[0]);
  }
  const sub = raw['Fn::Sub'];
  if (typeof sub === 'string' && [...sub.matchAll(/\$\{([^}]*)\}/g)].every((m) => m[1].startsWith('AWS::') || m[1].startsWith('!')))
    return sub;
  return undefined;
}

/**
 * One step down into an object. CloudFormation accepts a JSON-typed property (a policy document,
 * say) as a string of JSON text too, so such a string is stepped into as the object it encodes.
 */
function step(current: unknown, key: string): unknown {
  let container = current;
  if (typeof current === 'string' && /^\s*[[{]/.test(current)) {
    try {
      container = JSON.parse(current);
    } catch {
      return undefined;
    }
  }
  return container !== null && typeof container === 'object' ? (container as Record<string, unknown>)[key] : undefined;
}

export function isDynamicReference(raw: unknown): boolean {
  return typeof raw === 'string' && raw.includes('{{resolve:');
}

export function defaultDescribe(intrinsic: Record<string, unknown>): string {
  const [key] = Object.keys(intrinsic);
  const arg = intrinsic[key];
  switch (key) {
    case 'Ref':
      return `a Ref to '${String(arg)}'`;
    case 'Fn::If':
      return `an Fn::If on condition '${Array.isArray(arg) ? String(arg[0]) : '?'}'`;
    case 'Fn::ImportValue':
      return `an Fn::ImportValue of ${describeJson(arg)}`;
    case 'Condition':
      return `the resource condition '${String(arg)}' (the resource may not be created)`;
    case 'Fn::GetAtt':
      return `an Fn::GetAtt of ${Array.isArray(arg) ? arg.join('.') : String(arg)}`;
    default:
      return `an ${key} expression`;
  }
}

function kindOf(x: unknown): string {
  if (x === undefined) return 'absent';
  if (Array.isArray(x)) return 'a list';
  if (x === null) return 'null';
  return typeof x === 'object' ? 'an object' : `a ${typeof x}`;
}

function describeJson(x: unknown): string {
  const text = JSON.stringify(x) ?? String(x);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

const EMPTY: readonly string[] = [];
const splitCache = new Map<string, readonly string[]>();

/** The keys of a dot-separated path. Evaluators read the same few hundred paths all the time: they are split once. */
function splitPath(path: string): readonly string[] {
  if (path === '') return EMPTY;
  let keys = splitCache.get(path);
  if (!keys) {
    // Bounded: a path built from data (a tag key, an index) must not grow the cache without end.
    if (splitCache.size > 4096) splitCache.clear();
    splitCache.set(path, (keys = path.split('.')));
  }
  return keys;
}

/** `path` and `keys` joined with dots, empty parts left out. */
function joinPath(path: string, keys: readonly string[]): string {
  return [path, ...keys].filter((k) => k !== '').join('.');
}

/** Conditions decided for one reading of a template, each to the branch its `Fn::If`s take. */
export type Branches = ReadonlyMap<string, boolean>;

/** The condition of an `Fn::If` (well formed: a condition name and two branches). */
function ifCondition(raw: unknown): string | undefined {
  if (!isIntrinsic(raw)) return undefined;
  const args = raw['Fn::If'];
  return Array.isArray(args) && args.length === 3 && typeof args[0] === 'string' ? args[0] : undefined;
}

/** The condition of the first `Fn::If` in `raw` (depth first), if any. */
export function conditionIn(raw: unknown): string | undefined {
  const stack: unknown[] = [raw];
  while (stack.length > 0) {
    const x = stack.pop();
    if (x === null || typeof x !== 'object') continue;
    const condition = ifCondition(x);
    if (condition !== undefined) return condition;
    const children = Array.isArray(x) ? x : Object.values(x as Record<string, unknown>);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return undefined;
}

/**
 * `raw` as CloudFormation reads it once the `branches` conditions are decided: each `Fn::If` on
 * one of them replaced by the branch it takes, wherever it sits (a property, a list element, a
 * key on the way to a property, the whole Properties, another intrinsic's argument). A branch of
 * `AWS::NoValue` stays as written, and the readers take it as absent. Unchanged parts are shared.
 */
export function chooseBranches(raw: unknown, branches: Branches): unknown {
  if (branches.size === 0 || raw === null || typeof raw !== 'object') return raw;
  const condition = ifCondition(raw);
  if (condition !== undefined && branches.has(condition)) {
    const args = (raw as Record<string, unknown[]>)['Fn::If'];
    return chooseBranches(branches.get(condition) ? args[1] : args[2], branches);
  }
  if (Array.isArray(raw)) {
    let out: unknown[] | undefined;
    raw.forEach((x, i) => {
      const chosen = chooseBranches(x, branches);
      if (chosen !== x) (out ??= [...raw])[i] = chosen;
    });
    return out ?? raw;
  }
  let out: Record<string, unknown> | undefined;
  for (const [k, x] of Object.entries(raw)) {
    const chosen = chooseBranches(x, branches);
    if (chosen !== x) (out ??= { ...(raw as Record<string, unknown>) })[k] = chosen;
  }
  return out ?? raw;
}

const DEFAULT_LENS: Lens = { describe: defaultDescribe, isOutput: () => false };

export class Value {
  constructor(
    readonly raw: unknown,
    readonly path: string,
    private readonly lens: Lens = DEFAULT_LENS,
    /**
     * Set when the value was read below a token: `raw` is then that token, and `within` the
     * shallower path it sits at. Nothing below a token is known, not even whether it is set.
     */
    private readonly within?: string,
  ) {}

  /** The value under one key taken literally, for keys that contain dots (IAM condition keys such as `token.actions.githubusercontent.com:sub`). */
  child(key: string): Value {
    return this.below([key]);
  }

  /** The value at a dot-separated path below this one (array indexes are numbers). */
  at(path: string): Value {
    return this.below(splitPath(path));
  }

  private below(keys: readonly string[]): Value {
    if (keys.length === 0) return this;
    if (this.within !== undefined) return new Value(this.raw, joinPath(this.path, keys), this.lens, this.within);
    let current: unknown = isNoValue(this.raw) ? undefined : this.raw;
    let at = this.path;
    for (const key of keys) {
      // A token cannot be stepped into: whatever is read below it is unknown, reported with the place the token sits.
      if (isOpaque(current)) return new Value(current, joinPath(this.path, keys), this.lens, at);
      at = at ? `${at}.${key}` : key;
      current = step(current, key);
      if (isNoValue(current)) current = undefined;
    }
    return new Value(current, at, this.lens);
  }

  /** True when the value is an intrinsic or a dynamic reference, or lies below one. */
  get isToken(): boolean {
    return this.within !== undefined || isOpaque(this.raw);
  }

  /**
   * The intrinsic if this value is one that evaluators may follow to another resource (a `Ref` or
   * an `Fn::GetAtt`); undefined below a token and for a custom resource's output, which names nothing.
   */
  get intrinsic(): Record<string, unknown> | undefined {
    if (this.within !== undefined || !isIntrinsic(this.raw) || isNoValue(this.raw) || this.lens.isOutput(this.raw)) return undefined;
    return this.raw;
  }

  private fail(): never {
    const token = isIntrinsic(this.raw) ? this.lens.describe(this.raw) : 'a dynamic reference';
    const condition = conditionIn(this.raw);
    if (this.within === undefined) throw new UnresolvedValue(this.path, token, condition);
    throw new UnresolvedValue(this.path, `inside ${token}, ${this.within ? `at ${this.within}` : 'the whole Properties'}`, condition);
  }

  /**
   * Whether a value is set. A Ref or GetAtt counts as set at the path it was read at (it names
   * something); below it nothing is known. An Fn::If may resolve to AWS::NoValue, so it is unknown.
   */
  isSet(): boolean {
    if (this.within !== undefined) this.fail();
    if (this.raw === undefined || this.raw === null) return false;
    if (isIntrinsic(this.raw) && 'Fn::If' in this.raw) this.fail();
    return true;
  }

  bool(): boolean | undefined {
    if (this.raw === undefined || this.raw === null) return undefined;
    if (this.isToken) this.fail();
    if (typeof this.raw === 'boolean') return this.raw;
    // CloudFormation accepts the strings "true" and "false" for Boolean properties.
    if (this.raw === 'true' || this.raw === 'false') return this.raw === 'true';
    throw new UnexpectedValue(this.path, 'a boolean', this.raw);
  }

  /**
   * The string. An `Fn::Join` (or `Fn::Sub`) of literals and pseudo parameters, as CDK renders
   * ARNs (`arn:${AWS::Partition}:iam::aws:policy/...`), reads as text with the pseudo parameters
   * left as `${AWS::...}` placeholders: its shape is known even where the account and partition
   * are not.
   */
  str(): string | undefined {
    if (this.within !== undefined) this.fail();
    if (this.raw === undefined || this.raw === null) return undefined;
    const text = pseudoText(this.raw);
    if (text !== undefined) return text;
    if (this.isToken) this.fail();
    if (typeof this.raw === 'string') return this.raw;
    if (typeof this.raw === 'number' || typeof this.raw === 'boolean') return String(this.raw);
    throw new UnexpectedValue(this.path, 'a string', this.raw);
  }

  num(): number | undefined {
    if (this.raw === undefined || this.raw === null) return undefined;
    if (this.isToken) this.fail();
    const n = typeof this.raw === 'string' && this.raw.trim() !== '' ? Number(this.raw) : this.raw;
    if (typeof n === 'number' && !Number.isNaN(n)) return n;
    throw new UnexpectedValue(this.path, 'a number', this.raw);
  }

  /**
   * The elements of a list; a single non-list value is read as a list of one, as IAM does for
   * policy elements. An element that is AWS::NoValue is removed, as CloudFormation removes it; an
   * element that may be (an Fn::If with such a branch) makes the read unknown, since even the
   * number of elements is then decided at deploy.
   */
  list(): Value[] | undefined {
    if (this.raw === undefined || this.raw === null) return undefined;
    if (this.isToken) this.fail();
    const items = Array.isArray(this.raw) ? this.raw : [this.raw];
    const out: Value[] = [];
    items.forEach((x, i) => {
      if (isNoValue(x)) return;
      const item = new Value(x, `${this.path}.${i}`, this.lens);
      if (mayBeRemoved(x))
        throw new UnresolvedValue(
          item.path,
          `${this.lens.describe(x as Record<string, unknown>)} with an AWS::NoValue branch (the element may not exist)`,
          conditionIn(x),
        );
      out.push(item);
    });
    return out;
  }

  /** The keys of an object. */
  keys(): string[] | undefined {
    if (this.raw === undefined || this.raw === null) return undefined;
    if (this.isToken) this.fail();
    if (typeof this.raw !== 'object' || Array.isArray(this.raw)) throw new UnexpectedValue(this.path, 'an object', this.raw);
    return Object.keys(this.raw);
  }
}
