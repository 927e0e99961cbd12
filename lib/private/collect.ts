import { CfnResource, Stage } from 'aws-cdk-lib/core';
import type { IConstruct } from 'constructs';

export interface AckRecord {
  readonly reason: string;
  readonly acknowledgedId: string;
  /**
   * The construct `acknowledge` was called on, to put an error about the acknowledgement on.
   * @default - none (an acknowledgement read from a template)
   */
  readonly at?: IConstruct;
}

/** What one walk over the tree finds. */
export interface Collected {
  readonly resources: CfnResource[];
  /** Acknowledged rule ids by construct path: rule id -> reason. */
  readonly acks: Map<string, Map<string, AckRecord>>;
  /** Nested Stages that the walk did not enter. */
  readonly stagesNotEntered: IConstruct[];
  /** Subtrees left out by `skipPaths`: the path, and the entry that matched. */
  readonly skipped: { readonly path: string; readonly by: string }[];
}

const ACK_KEY = 'aws:cdk:acknowledged-rules';

/**
 * The one pass over the construct tree: CloudFormation resources and acknowledgements below
 * `root`. Nested Stages are entered only when asked, because CDK synthesizes them apart.
 */
export function collect(roots: readonly IConstruct[], options: { enterStages: boolean; skipPaths: readonly string[] }): Collected {
  const resources: CfnResource[] = [];
  const acks = new Map<string, Map<string, AckRecord>>();
  const stagesNotEntered: IConstruct[] = [];
  const skipped: { path: string; by: string }[] = [];
  // Acknowledgements on the roots' ancestors waive their whole subtree too.
  for (const root of roots) for (const scope of root.node.scopes.slice(0, -1)) readAcks(scope, acks);
  const pending: IConstruct[] = [...roots].reverse();
  while (pending.length > 0) {
    const c = pending.pop()!;
    const path = c.node.path;
    if (!roots.includes(c) && Stage.isStage(c) && !options.enterStages) {
      stagesNotEntered.push(c);
      continue;
    }
    const by = options.skipPaths.length === 0 ? undefined : options.skipPaths.find((p) => path === p || path.startsWith(`${p}/`));
    if (by !== undefined) {
      skipped.push({ path, by });
      continue;
    }
    readAcks(c, acks);
    if (CfnResource.isCfnResource(c)) resources.push(c);
    const children = c.node.children;
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
  }
  return { resources, acks, stagesNotEntered, skipped };
}

function readAcks(c: IConstruct, acks: Map<string, Map<string, AckRecord>>): void {
  for (const entry of c.node.metadata) {
    if (entry.type !== ACK_KEY || !entry.data || typeof entry.data !== 'object') continue;
    const path = c.node.path;
    let byId = acks.get(path);
    if (!byId) acks.set(path, (byId = new Map()));
    for (const [id, reason] of Object.entries(entry.data as Record<string, unknown>)) {
      byId.set(id, { reason: typeof reason === 'string' ? reason : '', acknowledgedId: id, at: c });
    }
  }
}
