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
  const lines: string[] = ['{'];
  const { resources, duties, resourceTypes, ...head } = results;
  for (const [k, v] of Object.entries(head)) lines.push(`${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  lines.push(`"duties": ${entriesJson(duties)},`);
  lines.push(`"resourceTypes": ${entriesJson(resourceTypes)},`);
  lines.push(`"resources": ${listJson(resources)}`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function entriesJson(record: Readonly<Record<string, unknown>>): string {
  const entries = Object.entries(record).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return entries.length === 0 ? '{}' : `{\n${entries.join(',\n')}\n}`;
}

function listJson(items: readonly unknown[]): string {
  return items.length === 0 ? '[]' : `[\n${items.map((x) => `  ${JSON.stringify(x)}`).join(',\n')}\n]`;
}

/** Writes beside the templates through a temporary file and a rename, so a reader never sees half a file. */
export function writeAtomically(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}
