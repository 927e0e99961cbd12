import * as fs from 'fs';
import * as path from 'path';
import type { Duty } from '../model/duty';
import type { ResourceTypeInfo } from '../model/resource-type';
import { dutyInfo } from '../report/finding-text';
import { type DutyInfo, OUTCOMES, type Outcome, RESULTS_SCHEMA_VERSION, type ResourceResult, type ResourceTypeSummary, type Results } from '../results';
import { TOOL_NAME, TOOL_VERSION } from './version';

/** Where the text of duties and resource types comes from: the catalog. */
export interface CatalogText {
  readonly dutyById: ReadonlyMap<string, Duty>;
  readonly resourceTypes: ReadonlyMap<string, ResourceTypeInfo>;
}

export function buildResults(
  resources: readonly ResourceResult[],
  uncoveredTypes: readonly string[],
  uncoveredStages: readonly string[],
  text: CatalogText,
): Results {
  const byOutcome = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  let errors = 0;
  let warnings = 0;
  const duties: Record<string, DutyInfo> = {};
  const resourceTypes: Record<string, ResourceTypeSummary> = {};
  for (const r of resources) {
    if (!(r.type in resourceTypes)) {
      const info = text.resourceTypes.get(r.type);
      if (info) resourceTypes[r.type] = { serviceModel: info.serviceModel, awsSide: info.awsSide };
    }
    for (const d of r.duties) {
      byOutcome[d.outcome]++;
      if (d.outcome === 'unconfigured' || d.outcome === 'unknown') {
        if (d.severity === 'error') errors++;
        else if (d.severity === 'warning') warnings++;
      }
      if (!(d.dutyId in duties)) {
        const duty = text.dutyById.get(d.dutyId);
        if (duty) duties[d.dutyId] = dutyInfo(duty);
      }
    }
  }
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    summary: { resources: resources.length, byOutcome, errors, warnings },
    duties: sortedKeys(duties),
    resourceTypes: sortedKeys(resourceTypes),
    resources: [...resources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    uncoveredTypes: [...new Set(uncoveredTypes)].sort(),
    uncoveredStages: [...uncoveredStages],
  };
}

function sortedKeys<T>(record: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of Object.keys(record).sort()) out[k] = record[k];
  return out;
}

/**
 * The results as JSON text: one line per resource (and per duty and resource type), so a committed
 * baseline diffs line by line, without the cost and size of indenting every value (a large app has
 * tens of thousands of duty results).
 */
export function resultsJson(results: Results): string {
  const { resources, duties, resourceTypes, ...head } = results;
  let out = '{\n';
  for (const [k, v] of Object.entries(head)) out += `${JSON.stringify(k)}: ${JSON.stringify(v)},\n`;
  out += `"duties": ${lines(Object.entries(duties), '{', '}', ([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)},\n`;
  out += `"resourceTypes": ${lines(Object.entries(resourceTypes), '{', '}', ([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)},\n`;
  out += `"resources": ${lines(resources, '[', ']', (r) => JSON.stringify(r))}\n}\n`;
  return out;
}

// WHY a loop of `+=` rather than map().join(): V8 builds the string as a rope, which for tens of
// thousands of lines is about twice as fast as joining an array of them.
function lines<T>(items: readonly T[], open: string, close: string, line: (item: T) => string): string {
  if (items.length === 0) return `${open}${close}`;
  let out = `${open}\n`;
  for (let i = 0; i < items.length; i++) out += `  ${line(items[i])}${i < items.length - 1 ? ',' : ''}\n`;
  return `${out}${close}`;
}

/** Writes beside the templates through a temporary file and a rename, so a reader never sees half a file. */
export function writeAtomically(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}
