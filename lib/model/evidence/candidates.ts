import type { ResourceRecord } from '../resource';
import { referencedLogicalId } from '../resource-index';

/**
 * The resources (selections, associations) that may apply to a target, indexed once by what they
 * name: a resource by reference, a service by wildcard ARN, a tag key. Whatever cannot be indexed
 * (its selection is a token, say) applies to every target and is checked the slow way, so the
 * index only ever saves work: the exact check still runs on each candidate.
 */
export class Candidates {
  private readonly order = new Map<ResourceRecord, number>();
  private readonly always: ResourceRecord[] = [];
  private readonly byRef = new Map<string, ResourceRecord[]>();
  private readonly byService = new Map<string, ResourceRecord[]>();
  /** By tag key, for sources that match any value of the tag (or values that cannot be read). */
  private readonly byTagKey = new Map<string, ResourceRecord[]>();
  /** By tag key and value. */
  private readonly byTagValue = new Map<string, ResourceRecord[]>();
  /** By tag key, whatever the value: for a target whose value of the tag cannot be read. */
  private readonly byTagAnyValue = new Map<string, ResourceRecord[]>();

  /**
   * `classify` says what each source names through the `Names` it is given; if it throws (a
   * value it cannot read), the source applies to every target.
   */
  constructor(sources: readonly ResourceRecord[], classify: (source: ResourceRecord, names: Names) => void) {
    sources.forEach((source, i) => {
      this.order.set(source, i);
      const names: Names = {
        everything: () => this.always.push(source),
        resource: (stackPath, logicalId) => push(this.byRef, refKey(stackPath, logicalId), source),
        referencedIn: (stackPath, raw) => {
          for (const id of referencedIds(raw)) push(this.byRef, refKey(stackPath, id), source);
        },
        service: (service) => push(this.byService, service, source),
        tag: (key, value) => {
          push(this.byTagAnyValue, key, source);
          if (value === undefined) push(this.byTagKey, key, source);
          else push(this.byTagValue, refKey(key, value), source);
        },
      };
      try {
        classify(source, names);
      } catch {
        names.everything();
      }
    });
  }

  /** Every source, in order: what `of` narrows down. */
  all(): ResourceRecord[] {
    return [...this.order.keys()];
  }

  /**
   * The sources that may apply to `target`, in their original order. `tags` are the target's, with
   * `undefined` for a value that cannot be read (every source on that key may then apply).
   */
  of(target: ResourceRecord, tags: ReadonlyMap<string, string | undefined>, service?: string): ResourceRecord[] {
    const found = new Set<ResourceRecord>(this.always);
    const add = (list: readonly ResourceRecord[] | undefined) => {
      if (list) for (const s of list) found.add(s);
    };
    add(this.byRef.get(refKey(target.stackPath, target.logicalId)));
    if (service !== undefined) add(this.byService.get(service));
    for (const [key, value] of tags) {
      if (value === undefined) {
        add(this.byTagAnyValue.get(key));
      } else {
        add(this.byTagKey.get(key));
        add(this.byTagValue.get(refKey(key, value)));
      }
    }
    if (found.size < 2) return [...found];
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

/** What a source can apply to. */
export interface Names {
  /** Every target (a `*`, or a part that cannot be read at synth). */
  everything(): void;
  resource(stackPath: string, logicalId: string): void;
  /** Every resource referenced (Ref, Fn::GetAtt) anywhere in `raw`, in the template of `stackPath`. */
  referencedIn(stackPath: string, raw: unknown): void;
  service(service: string): void;
  /** A target carrying tag `key`, with `value` when only that value matches. */
  tag(key: string, value?: string): void;
}

function push(map: Map<string, ResourceRecord[]>, key: string, source: ResourceRecord): void {
  const list = map.get(key);
  if (!list) map.set(key, [source]);
  else if (list[list.length - 1] !== source) list.push(source);
}

function refKey(stackPath: string, logicalId: string): string {
  return `${stackPath}\u0000${logicalId}`;
}

/** Every logical id a Ref or Fn::GetAtt names anywhere in `root`, including inside other intrinsics. */
export function referencedIds(root: unknown): string[] {
  const ids: string[] = [];
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const x = pending.pop();
    if (x === null || typeof x !== 'object') continue;
    const id = referencedLogicalId(x);
    if (id !== undefined) ids.push(id);
    for (const child of Array.isArray(x) ? x : Object.values(x as Record<string, unknown>)) pending.push(child);
  }
  return ids;
}
