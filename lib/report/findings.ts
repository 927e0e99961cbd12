import * as path from 'path';
import type { Severity } from '../model/duty';
import type { DutyResult, ResourceResult, Results } from '../results';

/** One duty result with its resource; a finding when unconfigured or unknown (what someone has to act on). */
export interface Finding {
  readonly resource: ResourceResult;
  readonly duty: DutyResult;
}

/** The lowest severity that fails a run; `none` never fails. */
export type FailOn = Severity | 'none';

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

export function isFinding(duty: DutyResult): boolean {
  return duty.outcome === 'unconfigured' || duty.outcome === 'unknown';
}

export function findingsOf(results: Results): Finding[] {
  return dutiesWhere(results, isFinding);
}

export function dutiesWhere(results: Results, test: (duty: DutyResult) => boolean): Finding[] {
  return results.resources.flatMap((resource) => resource.duties.filter(test).map((duty) => ({ resource, duty })));
}

export function failsAt(finding: Finding, failOn: FailOn): boolean {
  return failOn !== 'none' && RANK[finding.duty.severity] >= RANK[failOn];
}

/** Identifies a finding across runs: logical ids and source lines move, the duty and the construct path do not. */
export function findingKey(dutyId: string, constructPath: string): string {
  return `${dutyId}|${constructPath}`;
}

/** `file` relative to `repoRoot` with forward slashes, or undefined when it lies outside. */
export function repoRelative(file: string, repoRoot: string): string | undefined {
  const rel = path.relative(repoRoot, path.resolve(repoRoot, file));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/** `file:line` of the code that created the resource, relative to `repoRoot` when given and inside it. */
export function sourceRef(resource: ResourceResult, repoRoot?: string): string | undefined {
  const source = resource.source;
  if (!source) return undefined;
  const file = (repoRoot !== undefined ? repoRelative(source.file, repoRoot) : undefined) ?? source.file;
  return `${file}:${source.line}`;
}
