import { CATEGORIES } from '../model/duty';
import { OUTCOMES, type Results } from '../results';
import { diffWithBaseline } from './baseline';
import { attestationSection, findingSection, groupFindings, waiverSection } from './markdown-findings';
import { code, countBy, esc, OUTCOME_HEADERS, plural, type Section, table } from './markdown-format';
import { matrixSection, uncoveredSection } from './markdown-matrix';

/** GitHub rejects a step summary over 1 MiB; the default leaves room for other steps' summaries. */
export const DEFAULT_MARKDOWN_BUDGET_BYTES = 900 * 1024;

/** Room kept for the note that says which sections were summarised. */
const NOTE_RESERVE_BYTES = 1024;

export interface MarkdownOptions {
  /**
   * Results of an earlier run (e.g. the main branch). Findings it already had are counted in one
   * line and left out of the headline and the lists.
   * @default - every finding is new
   */
  readonly baseline?: Results;
  /**
   * Source files are shown relative to this directory.
   * @default - as recorded in the results (absolute paths)
   */
  readonly repoRoot?: string;
  /**
   * Size in bytes (UTF-8) the report should stay under. Sections that would not fit are
   * summarised, with counts per duty and per stack instead of one row per resource.
   * @default 921600 (900 KiB)
   */
  readonly budgetBytes?: number;
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

const listed = (names: readonly string[]): string =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/** The chunks joined, or undefined as soon as they pass `limit` bytes. */
function collect(chunks: Iterable<string>, limit: number): string | undefined {
  const parts: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    size += bytes(chunk);
    if (size > limit) return undefined;
    parts.push(chunk);
  }
  return parts.join('');
}

function totalsTable(results: Results): string {
  const counts = countBy(
    results.resources.flatMap((r) => r.duties),
    (d) => `${results.duties[d.dutyId]?.category}|${d.outcome}`,
  );
  const all = countBy(
    results.resources.flatMap((r) => r.duties),
    (d) => d.outcome,
  );
  const rows: (string | number)[][] = CATEGORIES.map((c) => [c, ...OUTCOMES.map((o) => counts.get(`${c}|${o}`) ?? 0)]);
  rows.push(['<strong>all</strong>', ...OUTCOMES.map((o) => all.get(o) ?? 0)]);
  return table(['category', ...OUTCOME_HEADERS], rows);
}

/**
 * The report for a pull request or a GitHub step summary: a headline, totals by category and
 * outcome, the findings (errors, warnings, unknown, info) with where they come from and how to fix
 * them, waivers, attestations, and the responsibility matrix per stack. Sections that would take the
 * report past `budgetBytes` are summarised, in reverse order of importance, and the report says so.
 */
export function renderMarkdown(results: Results, options: MarkdownOptions = {}): string {
  const budget = options.budgetBytes ?? DEFAULT_MARKDOWN_BUDGET_BYTES;
  const diff = diffWithBaseline(results, options.baseline);
  const groups = groupFindings(diff.added);
  const outcomes = countBy(
    results.resources.flatMap((r) => r.duties),
    (d) => d.outcome,
  );
  const [errors, warnings, unknown, info] = groups.map((g) => g.findings.length);
  const icon = diff.added.some((f) => f.duty.severity === 'error') ? '❌' : warnings + unknown > 0 ? '⚠️' : '✅';
  const stacks = new Set(results.resources.map((r) => r.stackPath).filter((s) => s !== '')).size;

  let head =
    `## ${icon} Shared responsibility: ${plural(errors, 'error')} · ${plural(warnings, 'warning')} · ${unknown} unknown · ${info} info · ` +
    `${outcomes.get('waived') ?? 0} waived · ${outcomes.get('needs-attestation') ?? 0} need attestation\n\n` +
    `${plural(results.resources.length, 'resource')} in ${plural(stacks, 'stack')} checked by ${esc(results.tool.name)} ${esc(results.tool.version)}.\n\n`;
  if (options.baseline) {
    head += `Only new findings are counted and listed: ${plural(diff.existing.length, 'finding was', 'findings were')} already in the baseline.\n\n`;
  }
  if (results.uncoveredStages.length > 0) {
    head += `> ⚠️ Not checked: ${results.uncoveredStages.map(esc).join('; ')}\n\n`;
  }
  if (results.disabledDuties?.length) {
    head += `> Turned off (disabledDuties): ${results.disabledDuties.map(code).join(', ')}\n\n`;
  }
  const totals = `### Totals\n\n${totalsTable(results)}\n`;

  const sections = [
    ...groups.filter((g) => g.findings.length > 0).map((g) => findingSection(g, results, options.repoRoot)),
    waiverSection(results),
    attestationSection(results),
    matrixSection(results),
    uncoveredSection(results),
  ].filter((s): s is Section => s !== undefined);

  // Every later section must still fit in summary form, so each section may use what is left
  // after those summaries; the earlier (more important) sections get the detail first.
  const summaries = sections.map((s) => s.summary());
  const reserveAfter = summaries.map((_, i) => summaries.slice(i + 1).reduce((n, s) => n + bytes(s), 0));
  let used = bytes(head) + bytes(totals) + NOTE_RESERVE_BYTES;
  const summarised: string[] = [];
  const body = sections.map((section, i) => {
    const detailed = collect(section.detail(), budget - used - reserveAfter[i]);
    const out = detailed ?? summaries[i];
    if (detailed === undefined) summarised.push(section.name);
    used += bytes(out);
    return out;
  });

  const note =
    summarised.length === 0
      ? ''
      : `> **Summarised:** the full report would be larger than ${Math.round(budget / 1024)} KiB (GitHub limits a step summary to 1 MiB), ` +
        `so ${listed(summarised)} ${summarised.length === 1 ? 'shows' : 'show'} counts per duty and per stack instead of one row per resource. ` +
        'The CSV and SARIF reports and the results file have every row.\n\n';
  return head + note + totals + body.join('');
}
