import { SEVERITIES } from '../model/duty';
import { OUTCOMES, type Results } from '../results';

/**
 * What a results file must hold for the reports to read it, checked field by field: a file that is
 * corrupt, hand-edited or written by another tool is bad input (one line naming the field), never a
 * crash in a renderer, and a severity or outcome we do not know is an error, not a silent pass.
 * Returns what is wrong, or undefined.
 */
export function resultsShapeProblem(candidate: Record<string, unknown>): string | undefined {
  const tool = candidate.tool as Record<string, unknown> | undefined;
  if (!isObject(tool) || typeof tool.name !== 'string' || typeof tool.version !== 'string')
    return 'tool must name the tool and its version';
  if (!isObject(candidate.summary)) return 'summary is missing';
  if (!isObject(candidate.duties)) return 'duties must be an object';
  if (candidate.resourceTypes !== undefined && !isObject(candidate.resourceTypes)) return 'resourceTypes must be an object';
  for (const key of ['uncoveredTypes', 'uncoveredStages'] as const) {
    const list = candidate[key];
    if (list !== undefined && !(Array.isArray(list) && list.every((t) => typeof t === 'string'))) return `${key} must be a list of strings`;
  }
  const resources = candidate.resources as unknown[];
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i] as Record<string, unknown>;
    const at = `resources[${i}]`;
    if (!isObject(r)) return `${at} is not an object`;
    for (const key of ['path', 'stackPath', 'logicalId', 'type'] as const) {
      if (typeof r[key] !== 'string') return `${at}.${key} must be a string`;
    }
    if (!Array.isArray(r.duties)) return `${at}.duties must be a list`;
    for (let j = 0; j < r.duties.length; j++) {
      const d = r.duties[j] as Record<string, unknown>;
      const dat = `${at}.duties[${j}]`;
      if (!isObject(d) || typeof d.dutyId !== 'string') return `${dat}.dutyId must be a string`;
      if (!(OUTCOMES as readonly unknown[]).includes(d.outcome))
        return `${dat}.outcome is ${quote(d.outcome)}; expected one of ${OUTCOMES.join(', ')}`;
      if (!(SEVERITIES as readonly unknown[]).includes(d.severity)) {
        return `${dat}.severity is ${quote(d.severity)}; expected one of ${SEVERITIES.join(', ')}`;
      }
      for (const key of ['waiver', 'attestation'] as const) {
        if (d[key] !== undefined && !isObject(d[key])) return `${dat}.${key} must be an object`;
      }
      if (d.detail !== undefined && typeof d.detail !== 'string') return `${dat}.detail must be a string`;
    }
  }
  return undefined;
}

/** The optional lists a report reads, filled in when an older file of the same schema lacks them. */
export function withDefaults(candidate: Record<string, unknown>): Results {
  return { resourceTypes: {}, uncoveredTypes: [], uncoveredStages: [], ...candidate } as unknown as Results;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function quote(v: unknown): string {
  return typeof v === 'string' ? `'${v.slice(0, 40)}'` : String(JSON.stringify(v) ?? v);
}
