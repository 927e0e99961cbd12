import { OUTCOMES, type Outcome } from '../results';

/**
 * Text from the app (construct paths, messages, reasons) lands in GitHub Markdown, inside tables and
 * HTML elements. Every character that could open markup becomes a numeric character reference,
 * which CommonMark renders as literal text in Markdown and HTML alike, and a `|` so escaped cannot
 * split a table cell. Line breaks become spaces so a value cannot end a list item or a table row.
 * `@` gets a zero-width space after it so a path such as `Stack/@team` does not mention anyone.
 * Bidirectional controls (which can make a reviewer read `evil` as `live`, and a character reference
 * would still apply) are shown by their code point instead, as are other invisible format characters.
 */
export function esc(text: string): string {
  return text
    .replace(BIDI_AND_INVISIBLE, (c) => `(U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`)
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[&<>`*_[\]|~$\\#]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/@/g, '@&#8203;');
}

/** Bidirectional embeddings, overrides, isolates and marks; zero-width and other invisible format characters; C0/C1 controls. */
const BIDI_AND_INVISIBLE =
  // eslint-disable-next-line no-control-regex -- WHY: matching control characters is the point
  /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function code(text: string): string {
  return `<code>${esc(text)}</code>`;
}

/** A construct or stack path as code; account-level duties have the empty path. */
export function pathCode(constructPath: string): string {
  return constructPath === '' ? '(account and Region)' : code(constructPath);
}

type Cell = string | number;

export function row(cells: readonly Cell[]): string {
  return `| ${cells.join(' | ')} |\n`;
}

export function tableHead(headers: readonly string[]): string {
  return row(headers) + row(headers.map(() => '---'));
}

/** A GitHub table; the cells are Markdown already escaped. */
export function table(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return tableHead(headers) + rows.map(row).join('') + '\n';
}

/** Opens a collapsible section; Markdown inside `<details>` needs the blank line after `<summary>`. */
export function openDetails(summary: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n`;
}

export const CLOSE_DETAILS = '\n</details>\n\n';

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const OUTCOME_ICON: Readonly<Record<Outcome, string>> = {
  configured: '✅',
  unconfigured: '❌',
  unknown: '❓',
  'not-applicable': '➖',
  waived: '🔕',
  'needs-attestation': '📝',
  attested: '🛡️',
};

export const OUTCOME_HEADERS: readonly string[] = OUTCOMES.map((o) => `${OUTCOME_ICON[o]} ${o}`);

/** Counts by key, in first-seen order. */
export function countBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/**
 * Summary tables can have a row per stack, and an app can have thousands of stacks: past this many
 * rows a table ends with a count of the rest, so a summary stays small whatever the app.
 */
export const MAX_SUMMARY_ROWS = 200;

export function cappedRows<T>(items: readonly T[], toRow: (item: T) => readonly Cell[], width: number): (readonly Cell[])[] {
  const rows = items.slice(0, MAX_SUMMARY_ROWS).map(toRow);
  if (items.length > MAX_SUMMARY_ROWS) rows.push([`… ${items.length - MAX_SUMMARY_ROWS} more`, ...Array(width - 1).fill('')]);
  return rows;
}

/**
 * A part of the Markdown report with two forms: `detail` streams one chunk per resource or finding,
 * so rendering can stop as soon as the size budget is spent; `summary` has counts only.
 */
export interface Section {
  readonly name: string;
  detail(): Iterable<string>;
  summary(): string;
}
