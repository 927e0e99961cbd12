import * as fs from 'fs';
import * as path from 'path';
import { renderCdkNagSection } from '../lib/docs/cdk-nag-table';
import { GENERATED_MARKER, renderDutyTable } from '../lib/docs/duty-table';
import { FIXES_DOC_FILE, fixesDocument } from '../lib/docs/fixes-doc';
import { catalog, resourceTypes } from '../rules';
import { CDK_NAG_ONLY } from '../rules/cdk-nag-equivalents';

/** Writes docs/duties.md: hand-written prose above the marker, the generated table below it. */
export function dutiesDocument(existing: string): string {
  const head = existing.includes(GENERATED_MARKER) ? existing.slice(0, existing.indexOf(GENERATED_MARKER)) : '# Duty catalog\n\n';
  return `${head}${GENERATED_MARKER}\n\n${renderDutyTable(catalog, resourceTypes)}\n${renderCdkNagSection(catalog, CDK_NAG_ONLY)}`;
}

export const DUTIES_DOC = path.join(__dirname, '..', 'docs', 'duties.md');

if (require.main === module) {
  const existing = fs.existsSync(DUTIES_DOC) ? fs.readFileSync(DUTIES_DOC, 'utf8') : '';
  fs.writeFileSync(DUTIES_DOC, dutiesDocument(existing));
  console.log(`wrote ${path.relative(process.cwd(), DUTIES_DOC)} (${catalog.length} duties)`);
  fs.writeFileSync(FIXES_DOC_FILE, fixesDocument());
  console.log(`wrote ${path.relative(process.cwd(), FIXES_DOC_FILE)}`);
}
