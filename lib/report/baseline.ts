import type { Results } from '../results';
import { type Finding, findingKey, findingsOf, isFinding } from './findings';

export interface BaselineDiff {
  /** Findings whose (duty, construct path) was not unconfigured or unknown in the baseline. */
  readonly added: readonly Finding[];
  /** Findings the baseline already had. */
  readonly existing: readonly Finding[];
}

/**
 * Splits the findings of `results` into new ones and those already in `baseline`. Without a
 * baseline every finding is new. Findings are matched on duty id and construct path only, so a
 * finding survives a changed logical id or a moved source line.
 */
export function diffWithBaseline(results: Results, baseline?: Results): BaselineDiff {
  const all = findingsOf(results);
  if (!baseline) return { added: all, existing: [] };
  const known = new Set<string>();
  for (const r of baseline.resources) {
    for (const d of r.duties) if (isFinding(d)) known.add(findingKey(d.dutyId, r.path));
  }
  const added: Finding[] = [];
  const existing: Finding[] = [];
  for (const f of all) (known.has(findingKey(f.duty.dutyId, f.resource.path)) ? existing : added).push(f);
  return { added, existing };
}
