import type { Controls, Duty, Remediation } from '../model/duty';
import type { DutyInfo, DutyResult } from '../results';
import { COMPANIONS } from '../../rules/companions';
import { FIXES_DOC } from '../private/version';

/** What the results keep of a catalog duty: its text, once per duty rather than on every result. */
export function dutyInfo(duty: Duty): DutyInfo {
  const { title, category, severity, awsSide, customerSide, remediation, controls, sources, equivalents } = duty;
  const info = { title, category, severity, awsSide, customerSide, remediation, controls, sources };
  return equivalents?.cdkNag?.length ? { ...info, equivalents: { cdkNag: [...equivalents.cdkNag] } } : info;
}

/** `FSBP S3.5; NIST 800-53 SC-8, SC-13`, or '' for a duty without controls. */
export function controlsText(controls: Controls, separator = '; '): string {
  const parts = [];
  if (controls.fsbp.length > 0) parts.push(`FSBP ${controls.fsbp.join(', ')}`);
  if (controls.nist.length > 0) parts.push(`NIST 800-53 ${controls.nist.join(', ')}`);
  return parts.join(separator);
}

export function fixText(remediation: Remediation): string {
  const fix = remediation.l2 ? `${remediation.l2} (L1: ${remediation.l1})` : remediation.l1;
  const make = companionsText(remediation);
  return make ? `${fix}. ${make}` : fix;
}

/** The resources the fix names that the user may still have to make, by the name the fix gives them. */
function companionsOf(remediation: Remediation): { name: string; id: string }[] {
  const ids = remediation.companions ?? [];
  return COMPANIONS.filter((c) => ids.includes(c.id));
}

/**
 * Where the code of each resource the fix names is, built so it meets its own duties, for the
 * reports: `Make logBucket as in https://.../docs/fixes.md#log-bucket`; '' when the fix names none.
 */
export function companionsText(remediation: Remediation): string {
  const made = companionsOf(remediation).map((c) => `${c.name} as in ${FIXES_DOC}#${c.id}`);
  return made.length > 0 ? `Make ${made.join(', ')}` : '';
}

/** The same for the console, shortly: `(logBucket: docs/fixes.md#log-bucket)`; '' when the fix names none. */
function consoleCompanions(remediation: Remediation): string {
  const made = companionsOf(remediation).map((c) => `${c.name}: docs/fixes.md#${c.id}`);
  return made.length > 0 ? ` (${made.join(', ')})` : '';
}

/**
 * The whole text of a finding, as the console and CDK's validation report show it: what was found,
 * why it is the customer's, what to set (L2 and L1) and the controls; for an unknown outcome, what
 * cannot be decided and what to do about it. Notes on why the severity differs from the catalog's
 * come first. `withFix: false` leaves the fix out, for CDK's validation report, which shows it apart.
 */
export function findingText(
  info: DutyInfo | undefined,
  result: DutyResult,
  cdkHelper?: string,
  options: { withFix?: boolean } = {},
): string {
  const notes = findingNotes(result, cdkHelper);
  const detail = result.detail ?? '';
  const controls = info ? controlsText(info.controls) : '';
  const outcome = result.outcome === 'waived' ? result.waiver?.waivedOutcome : result.outcome;
  let body = detail;
  if (info && outcome === 'unconfigured') {
    const fix = options.withFix === false ? '' : ` Fix: ${fixText(info.remediation)}.`;
    body = `${detail} ${info.customerSide}${fix}${controls ? ` Controls: ${controls}.` : ''}`;
  } else if (info && outcome === 'unknown') {
    body = `Cannot decide '${info.title}' at synth: ${detail}. Make the value concrete, or acknowledge this duty with the reason it holds.${controls ? ` Controls: ${controls}.` : ''}`;
  }
  return notes ? `${notes} ${body}` : body;
}

/** What is particular to this result, for reports that show the duty's fix and controls apart. */
export function findingDetail(result: DutyResult, cdkHelper?: string): string {
  const notes = findingNotes(result, cdkHelper);
  const outcome = result.outcome === 'waived' ? result.waiver?.waivedOutcome : result.outcome;
  const detail = outcome === 'unknown' ? `Cannot decide at synth: ${result.detail ?? ''}` : (result.detail ?? '');
  return notes ? `${notes} ${detail}` : detail;
}

/** Why the severity or outcome differs from what the catalog and the acknowledgements alone would give. */
function findingNotes(result: DutyResult, cdkHelper: string | undefined): string {
  const notes: string[] = [];
  if (result.escalated) notes.push(`(An error, not a warning: the store is classified sensitive by its ${result.escalated} tag.)`);
  if (result.asCdkHelper) {
    notes.push(
      `(Created by CDK itself${cdkHelper ? ` (${cdkHelper})` : ''}, so reported as info; set checkCdkHelpers to check it like your own.)`,
    );
  }
  if (result.expired && result.waiver) {
    notes.push(`The waiver at ${result.waiver.acknowledgedAt} ('${result.waiver.reason}') expired on ${result.waiver.expires}.`);
  }
  if (result.expired && result.attestation) {
    notes.push(`The attestation (${result.attestation.evidence}) expired on ${result.attestation.expires}.`);
  }
  return notes.join(' ');
}

/** The longest what-is-wrong clause the console shows; a longer one gives way to the duty's title. */
const MAX_WHAT = 100;

/**
 * What is wrong, in one clause: the detail's first sentence without its consequence (", so ..."),
 * which is the why that the reports keep in full.
 */
export function whatIsWrong(detail: string): string {
  const text = detail.trim();
  const cut = text.search(/(?<!\b(?:e\.g|i\.e|etc|vs))\.\s|;\s|,\s+so\s/);
  const clause = (cut > 0 ? text.slice(0, cut) : text).replace(/[\s.;:,]+$/, '');

  return clause ? `${clause}.` : '';
}

/** An unknown's detail up to its first `, ` or `: ` once it is too long to scan: the value it names comes first. */
function firstClause(detail: string): string {
  if (detail.length <= MAX_WHAT) return detail;
  const cut = detail.slice(20).search(/,\s|:\s/);
  return cut < 0 ? detail : `${detail.slice(0, cut + 20).replace(/[\s.;:,]+$/, '')}.`;
}

/** The fix for where the resource was made: the L2 setting for an L2, the CloudFormation property for a bare L1. */
export function consoleFix(info: DutyInfo, isBareL1: boolean): string {
  return isBareL1 || !info.remediation.l2 ? info.remediation.l1 : info.remediation.l2;
}

/**
 * One finding as the console shows it: the duty id, what is wrong and the fix, short enough that
 * a page of findings can be read; the why, the controls and the sources stay in the reports.
 * `fix` replaces the catalog's fix (a pattern's own setting); `sameAs` names the first resource of
 * the stack with the same duty, whose line carries the fix, so repeats stay one short line each.
 */
export function consoleText(
  info: DutyInfo | undefined,
  result: DutyResult,
  options: {
    readonly isBareL1?: boolean;
    readonly fix?: string;
    readonly sameAs?: string;
    readonly withFix?: boolean;
    /** CDK's validation report names the id on its own line ("Acknowledge with ..."). */
    readonly withId?: boolean;
  } = {},
): string {
  const outcome = result.outcome;
  const notes = shortNotes(result);
  const detail = whatIsWrong(result.detail ?? '');
  let fix = '';
  if (options.sameAs) fix = `Fix as on ${options.sameAs}.`;
  else if (options.withFix !== false) fix = `Fix: ${consoleFixFor(info, result, options)}`;
  // A detail too long to scan gives way to the duty's title, or, beside a fix, to nothing: the duty
  // id that leads the line (or CDK's "Acknowledge with" line) already names what is not met, and
  // the reports keep the detail. An unknown keeps the clause that names the value that cannot be decided.
  const what =
    outcome === 'unknown'
      ? firstClause(detail)
      : detail && (detail.length <= MAX_WHAT || !info)
        ? detail
        : info && !fix
          ? `Not met: ${info.title}.`
          : '';
  const id = options.withId === false ? '' : `[${result.dutyId}]`;
  return [id, outcome === 'unknown' ? '[unknown]' : '', notes, what, fix].filter(Boolean).join(' ');
}

/** The fix of the console line, for the outcome. */
export function consoleFixFor(
  info: DutyInfo | undefined,
  result: DutyResult,
  options: { readonly isBareL1?: boolean; readonly fix?: string } = {},
): string {
  if (result.outcome === 'unknown') return 'make it concrete, or acknowledge it with the reason it holds.';
  if (result.outcome === 'needs-attestation') return 'renew the attestation.';
  const fix = compactCalls(options.fix ?? (info ? withoutAsides(consoleFix(info, options.isBareL1 ?? false)) : ''));
  const make = info ? consoleCompanions(info.remediation) : '';
  return fix ? `${fix.replace(/[\s.]+$/, '')}${make}.` : '';
}

/**
 * The fix without its further alternatives (after a `; ` outside brackets) and closing asides
 * (`(the default)`, `(or leave it unset)`): the first way to fix it, for the console; the reports keep the rest.
 */
function withoutAsides(fix: string): string {
  let out = firstAlternative(fix.trim());
  for (let m = / \([^()]*\)$/.exec(out); m && m.index > 0; m = / \([^()]*\)$/.exec(out)) out = out.slice(0, m.index).trimEnd();
  return out;
}

/**
 * The L2 fix as the props to set, for the console: `new s3.Bucket(this, id, { enforceSSL: true })`
 * reads `s3.Bucket { enforceSSL: true }`, without the props every construct needs anyway
 * (`engine, vpc, `, `..., `). A `Cfn*` construct stays `new ...`: such a fix adds a resource
 * rather than setting the finding's own. The reports keep the code as written.
 */
export function compactCalls(fix: string): string {
  let out = fix;
  for (let m = /\bnew ((?:\w+\.)?(?!Cfn)\w+)\(this, id, \{/.exec(out); m; m = /\bnew ((?:\w+\.)?(?!Cfn)\w+)\(this, id, \{/.exec(out)) {
    const open = m.index + m[0].length - 1;
    const close = matching(out, open);
    if (close < 0 || out[close + 1] !== ')') break;
    const props = out
      .slice(open, close + 1)
      .replace(/^\{ (?:engine, vpc, |vpc, |\.\.\., )+/, '{ ')
      .replace(/, \.\.\. \}$/, ' }');
    out = `${out.slice(0, m.index)}${m[1]} ${props}${out.slice(close + 2)}`;
  }
  return out;
}

/** The index of the brace that closes the one at `open`, or -1. */
function matching(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Why the severity differs, in a few words (the reports say it in full). */
function shortNotes(result: DutyResult): string {
  const notes: string[] = [];
  if (result.escalated) notes.push(`(error: ${result.escalated} tag says sensitive)`);
  if (result.asCdkHelper) notes.push('(made by CDK: info; checkCdkHelpers checks it)');
  if (result.expired && result.waiver) notes.push(`(waiver expired ${result.waiver.expires})`);
  if (result.expired && result.attestation) notes.push(`(attestation expired ${result.attestation.expires})`);
  return notes.join(' ');
}

/** The text up to the first `; ` that is outside brackets and quotes. */
function firstAlternative(text: string): string {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if ((c === '"' || c === "'" || c === '`') && !/\w/.test(text[i - 1] ?? '')) quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ';' && depth === 0 && text[i + 1] === ' ') return text.slice(0, i);
  }
  return text;
}
