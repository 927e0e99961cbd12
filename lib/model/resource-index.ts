import type { ResourceRecord } from './resource';

/**
 * Every resource of the checked scope, indexed once: by type, by logical id within its template,
 * and by who references whom (`Ref` and `Fn::GetAtt`). Cross-resource evidence (a bucket policy, a
 * separate security group rule, an instance profile's role) is read from here, never by searching
 * the construct tree.
 */
export class ResourceIndex {
  private readonly byTypeMap = new Map<string, ResourceRecord[]>();
  private readonly byKey = new Map<string, ResourceRecord>();
  private readonly referrersMap = new Map<ResourceRecord, ResourceRecord[]>();

  constructor(readonly resources: readonly ResourceRecord[]) {
    for (const r of resources) {
      this.byKey.set(key(r.stackPath, r.logicalId), r);
      let list = this.byTypeMap.get(r.type);
      if (!list) this.byTypeMap.set(r.type, (list = []));
      list.push(r);
    }
    for (const r of resources) {
      for (const target of collectReferences(r.properties)) {
        const referenced = this.byKey.get(key(r.stackPath, target));
        if (!referenced || referenced === r) continue;
        let list = this.referrersMap.get(referenced);
        if (!list) this.referrersMap.set(referenced, (list = []));
        if (!list.includes(r)) list.push(r);
      }
    }
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
    const all = this.referrersMap.get(target) ?? [];
    return type ? all.filter((r) => r.type === type) : all;
  }

  /** The logical id of a resource in the same template if `raw` is a `Ref` or `Fn::GetAtt` to it. */
  resolveReference(from: ResourceRecord, raw: unknown): ResourceRecord | undefined {
    const id = referencedLogicalId(raw);
    return id === undefined ? undefined : this.get(from, id);
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
    return r === undefined || isOutputType(r.type);
  }
}

/** Types whose attributes are data decided by code at deploy, not names of the resource. */
function isOutputType(type: string): boolean {
  return type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource' || type === 'AWS::CloudFormation::Stack' || type === 'AWS::CloudFormation::WaitCondition';
}

function key(stackPath: string, logicalId: string): string {
  return `${stackPath}\u0000${logicalId}`;
}

export function referencedLogicalId(raw: unknown): string | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const obj = raw as Record<string, unknown>;
  if (typeof obj.Ref === 'string') return obj.Ref;
  const getAtt = obj['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return getAtt[0];
  if (typeof getAtt === 'string') return getAtt.split('.')[0];
  return undefined;
}

function collectReferences(root: unknown): Set<string> {
  const found = new Set<string>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const x = stack.pop();
    if (x === null || typeof x !== 'object') continue;
    const id = referencedLogicalId(x);
    if (id !== undefined) {
      found.add(id);
      continue;
    }
    // A loop, not push(...x): policies with many thousands of statements would overflow the call stack.
    for (const child of Array.isArray(x) ? x : Object.values(x as Record<string, unknown>)) stack.push(child);
  }
  return found;
}
