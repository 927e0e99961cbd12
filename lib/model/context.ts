import type { ResourceRecord } from './resource';
import type { ResourceIndex, UncertainLink } from './resource-index';
import { DEFAULT_SETTINGS, type DutySettings } from './settings';
import { type Branches, chooseBranches, defaultDescribe, isIntrinsic, type Lens, UnresolvedValue, Value } from './value';

/** What an evaluator sees: one resource, as CloudFormation will see it, and the shared index. */
export class EvaluationContext {
  /** The resource's `Properties`. */
  readonly props: Value;
  /** The whole resource entry, for `DeletionPolicy`, `UpdateReplacePolicy` and `Condition`. */
  readonly entry: Value;
  private readonly lens: Lens;

  constructor(
    readonly resource: ResourceRecord,
    readonly index: ResourceIndex,
    readonly settings: DutySettings = DEFAULT_SETTINGS,
    /**
     * Conditions of the resource's template decided for this reading: its `Fn::If`s (and those of
     * the other resources of its template that the evaluator reads) take the branch chosen here.
     * @default - none: an `Fn::If` is unknown
     */
    readonly branches: Branches = NO_BRANCHES,
  ) {
    this.lens = {
      describe: (intrinsic) => describeIn(resource, index, intrinsic),
      isOutput: (intrinsic) => index.isOutput(resource, intrinsic),
    };
    this.props = new Value(chooseBranches(resource.properties, branches), '', this.lens);
    this.entry = new Value(chooseBranches(resource.entry, branches), '', this.lens);
  }

  /** The `Properties` of another resource, read with the same unknown-aware accessors. */
  propsOf(other: ResourceRecord): Value {
    // Conditions are named per template: another template's condition of the same name is another condition.
    const raw = other.stackPath === this.resource.stackPath ? chooseBranches(other.properties, this.branches) : other.properties;
    return new Value(raw, `${other.logicalId}`, this.lens);
  }

  /** Resources in the same template that reference this one, optionally of one type. */
  referrers(type?: string): readonly ResourceRecord[] {
    return this.index.referrers(this.resource, type);
  }

  /**
   * The resource a `Ref`/`Fn::GetAtt` value points at, if it is in the same template. A custom
   * resource's output (`CfnJson`) names nothing, and nothing below a token can be followed.
   */
  target(value: Value): ResourceRecord | undefined {
    return this.index.resolveReference(this.resource, value.intrinsic);
  }

  /**
   * The resources of `type` attached to this one (or to `target`) through the link at `path` of
   * their properties (a queue policy's `Queues`, an EIP's `InstanceId`). Those whose link may name
   * it but need not (an Fn::If with it in one branch, a parameter, an import) are in `maybe`.
   */
  attachments(type: string, path: string, target: ResourceRecord = this.resource): Attachments {
    const found = this.index.attachments(target, type, path);
    // A resource under a `Condition` may not be created at all: it is attached only maybe.
    const conditional = found.sure.filter((r) => typeof r.entry.Condition === 'string');
    if (conditional.length === 0) return new Attachments(found.sure, found.maybe, this.lens);
    const sure = found.sure.filter((r) => !conditional.includes(r));
    const maybe = [
      ...found.maybe,
      ...conditional.map((record) => ({ record, raw: { Condition: record.entry.Condition }, path: 'Condition' })),
    ];
    return new Attachments(sure, maybe, this.lens);
  }

  /**
   * The resources of `type` the link at `path` of this resource names, when it surely names only
   * resources of the template; undefined when it names something outside the template or may
   * (an Fn::If, a parameter), so this resource must be judged on its own.
   */
  linked(path: string, type: string): readonly ResourceRecord[] | undefined {
    return this.index.linked(this.resource, path, type, this.props.raw);
  }
}

const NO_BRANCHES: Branches = new Map();

/** The resources attached to the one evaluated: surely, or maybe (the link is decided at deploy). */
export class Attachments {
  constructor(
    readonly sure: readonly ResourceRecord[],
    readonly maybe: readonly UncertainLink[],
    private readonly lens: Lens,
  ) {}

  /**
   * Throws `UnresolvedValue` (the duty is unknown) naming the link of the first resource that may
   * be attached and for which `decides` holds: one whose attachment would change the verdict the
   * sure attachments gave. Evaluating it as attached is the stricter reading, and where it does not
   * matter the verdict stands.
   */
  settle(decides: (record: ResourceRecord) => boolean = () => true): void {
    const m = this.maybe.find((x) => decides(x.record));
    if (!m) return;
    const token = isIntrinsic(m.raw) ? this.lens.describe(m.raw) : 'a dynamic reference';
    throw new UnresolvedValue(
      m.path ? `${m.record.logicalId}.${m.path}` : m.record.logicalId,
      `${token}, so ${m.record.type} ${m.record.logicalId} may be attached to this resource`,
    );
  }

  /** These attachments and another resource type's, together. */
  concat(other: Attachments): Attachments {
    return new Attachments([...this.sure, ...other.sure], [...this.maybe, ...other.maybe], this.lens);
  }
}

function describeIn(resource: ResourceRecord, index: ResourceIndex, intrinsic: Record<string, unknown>): string {
  const ref = intrinsic.Ref;
  if (typeof ref === 'string') {
    if (ref.startsWith('AWS::')) return `the pseudo parameter ${ref}`;
    return index.isResource(resource, ref) ? `a Ref to resource '${ref}'` : `a Ref to parameter '${ref}'`;
  }
  if (index.isOutput(resource, intrinsic))
    return `${defaultDescribe(intrinsic)} (data a custom resource or nested stack returns at deploy)`;
  return defaultDescribe(intrinsic);
}
