import type { IConstruct } from 'constructs';
import type { ResourceResult, SkippedScope } from '../results';
import type { AckRecord } from './collect';
import type { EvaluatedDuties } from './run';

/**
 * What every instance of the checks in one app shares: the duties already evaluated on each
 * resource, and what each results file holds. Two instances (different categories, or one on the
 * App and one on a Stack) each evaluate what they were asked to and nothing twice; an instance
 * that writes a results file another one wrote too adds to it rather than replacing it.
 *
 * Kept by the app's root construct, so nothing outlives the app.
 */
export interface AppResults {
  readonly evaluated: EvaluatedDuties;
  /** Acknowledgements already annotated with their problem (path, NUL, id), so two instances do not both. */
  readonly annotatedAcks: Set<string>;
  /** By the results file's absolute path. */
  readonly files: Map<string, FileContent>;
}

export interface FileContent {
  /** By CloudFormation resource path; duties merged by id. */
  readonly resources: Map<string, ResourceResult>;
  readonly uncoveredTypes: Set<string>;
  readonly uncoveredStages: Set<string>;
  readonly skipped: Map<string, SkippedScope>;
  readonly acks: Map<string, Map<string, AckRecord>>;
  /** Categories some instance checked. */
  readonly categories: Set<string>;
}

const BY_ROOT = new WeakMap<IConstruct, AppResults>();

export function appResults(scope: IConstruct): AppResults {
  const root = scope.node.root;
  let found = BY_ROOT.get(root);
  if (!found) BY_ROOT.set(root, (found = { evaluated: new WeakMap(), annotatedAcks: new Set(), files: new Map() }));
  return found;
}

export function fileContent(app: AppResults, file: string): FileContent {
  let content = app.files.get(file);
  if (!content) {
    content = {
      resources: new Map(),
      uncoveredTypes: new Set(),
      uncoveredStages: new Set(),
      skipped: new Map(),
      acks: new Map(),
      categories: new Set(),
    };
    app.files.set(file, content);
  }
  return content;
}

/** Adds one run's resources: a resource another run reported keeps its duties and gains the new ones. */
export function addResources(content: FileContent, resources: readonly ResourceResult[]): void {
  for (const r of resources) {
    const key = `${r.cfnPath}\0${r.type}`;
    const known = content.resources.get(key);
    if (!known) {
      content.resources.set(key, r);
      continue;
    }
    const ids = new Set(known.duties.map((d) => d.dutyId));
    const added = r.duties.filter((d) => !ids.has(d.dutyId));
    if (added.length > 0) content.resources.set(key, { ...known, duties: [...known.duties, ...added] });
  }
}

export function addAcks(into: Map<string, Map<string, AckRecord>>, acks: ReadonlyMap<string, ReadonlyMap<string, AckRecord>>): void {
  for (const [at, byId] of acks) {
    let mine = into.get(at);
    if (!mine) into.set(at, (mine = new Map()));
    for (const [id, ack] of byId) mine.set(id, ack);
  }
}
