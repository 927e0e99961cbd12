import * as fs from 'fs';
import * as path from 'path';
import { OUTCOMES, type Outcome, type ResourceResult, type Results } from '../results';
import { TOOL_NAME, TOOL_VERSION } from './version';

export function buildResults(resources: readonly ResourceResult[], uncoveredTypes: readonly string[], uncoveredStages: readonly string[]): Results {
  const byOutcome = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  let errors = 0;
  let warnings = 0;
  for (const r of resources) {
    for (const d of r.duties) {
      byOutcome[d.outcome]++;
      if (d.outcome === 'unconfigured' || d.outcome === 'unknown') {
        if (d.severity === 'error') errors++;
        else if (d.severity === 'warning') warnings++;
      }
    }
  }
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    summary: { resources: resources.length, byOutcome, errors, warnings },
    resources: [...resources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    uncoveredTypes: [...new Set(uncoveredTypes)].sort(),
    uncoveredStages: [...uncoveredStages],
  };
}

/** Writes beside the templates through a temporary file and a rename, so a reader never sees half a file. */
export function writeAtomically(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}
