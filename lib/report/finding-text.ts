import type { Controls, Duty, Remediation } from '../model/duty';
import type { DutyInfo, DutyResult } from '../results';

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
  return remediation.l2 ? `${remediation.l2} (L1: ${remediation.l1})` : remediation.l1;
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
