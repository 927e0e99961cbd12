import type { ResourceRecord } from './resource';
import type { ResourceIndex } from './resource-index';
import { DEFAULT_SETTINGS, type DutySettings } from './settings';
import { defaultDescribe, type Lens, Value } from './value';

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
  ) {
    this.lens = { describe: (intrinsic) => describeIn(resource, index, intrinsic), isOutput: (intrinsic) => index.isOutput(resource, intrinsic) };
    this.props = new Value(resource.properties, '', this.lens);
    this.entry = new Value(resource.entry, '', this.lens);
  }

  /** The `Properties` of another resource, read with the same unknown-aware accessors. */
  propsOf(other: ResourceRecord): Value {
    return new Value(other.properties, `${other.logicalId}`, this.lens);
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
}

function describeIn(resource: ResourceRecord, index: ResourceIndex, intrinsic: Record<string, unknown>): string {
  const ref = intrinsic.Ref;
  if (typeof ref === 'string') {
    if (ref.startsWith('AWS::')) return `the pseudo parameter ${ref}`;
    return index.isResource(resource, ref) ? `a Ref to resource '${ref}'` : `a Ref to parameter '${ref}'`;
  }
  if (index.isOutput(resource, intrinsic)) return `${defaultDescribe(intrinsic)} (data a custom resource or nested stack returns at deploy)`;
  return defaultDescribe(intrinsic);
}
