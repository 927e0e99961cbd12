import * as fs from 'fs';
import * as path from 'path';
import { RESULTS_FILE, type Results } from '../lib/results';

/** Prints the results of the last synth: totals, then each finding and waiver with its construct. */
const dir = process.argv[2] ?? 'cdk.out';
const file = path.join(dir, RESULTS_FILE);
if (!fs.existsSync(file)) {
  console.error(`No results at ${file}: synthesize an app with SharedResponsibilityChecks first.`);
  process.exit(1);
}
const results = JSON.parse(fs.readFileSync(file, 'utf8')) as Results;
const { summary } = results;
console.log(`\nShared responsibility: ${summary.resources} resources checked`);
console.log(Object.entries(summary.byOutcome).map(([k, v]) => `${k} ${v}`).join(' · '));
for (const r of results.resources) {
  for (const d of r.duties) {
    if (d.outcome === 'configured' || d.outcome === 'not-applicable') continue;
    const where = r.source ? ` (${path.relative(process.cwd(), r.source.file)}:${r.source.line})` : '';
    const label = d.outcome === 'waived' ? `WAIVED: ${d.waiver?.reason}` : d.outcome === 'unknown' ? `UNKNOWN ${d.severity}` : d.severity.toUpperCase();
    console.log(`\n[${label}] ${d.dutyId} on ${r.path}${where}`);
    if (d.outcome !== 'waived') console.log(`  ${d.message}`);
  }
}
if (results.uncoveredTypes.length > 0) console.log(`\nResource types no duty covers: ${results.uncoveredTypes.join(', ')}`);
console.log(`\nFull results: ${file}`);
