import type { Remediation } from '../model/duty';
import type { Results } from '../results';
import { companionsText, controlsText, findingDetail } from './finding-text';
import { dutiesWhere, type Finding, sourceRef } from './findings';
import { remediationFor } from './legacy-es-fix';
import {
  cappedRows,
  CLOSE_DETAILS,
  code,
  countBy,
  esc,
  openDetails,
  pathCode,
  row,
  type Section,
  table,
  tableHead,
} from './markdown-format';

export interface FindingGroup {
  readonly name: string;
  readonly icon: string;
  readonly findings: readonly Finding[];
  readonly open: boolean;
}

/** Errors, then warnings, then unknown, then info: the order a reviewer should read them in. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const of = (outcome: string, severity?: string): Finding[] =>
    findings.filter((f) => f.duty.outcome === outcome && (severity === undefined || f.duty.severity === severity));
  return [
    { name: 'Errors', icon: '❌', findings: of('unconfigured', 'error'), open: true },
    { name: 'Warnings', icon: '⚠️', findings: of('unconfigured', 'warning'), open: true },
    { name: 'Unknown', icon: '❓', findings: of('unknown'), open: false },
    { name: 'Info', icon: 'ℹ️', findings: of('unconfigured', 'info'), open: false },
  ];
}

function fixOf(remediation: Remediation): string {
  const { l2, l1 } = remediation;
  const fix = l2 ? `${code(l2)} (L1: ${code(l1)})` : code(l1);
  const make = companionsText(remediation);
  return make ? `${fix}. ${esc(make)}` : fix;
}

function findingItem({ resource, duty: result }: Finding, results: Results, repoRoot: string | undefined): string {
  const where = sourceRef(resource, repoRoot);
  const duty = results.duties[result.dutyId];
  const lines = [
    `<strong>${code(result.dutyId)}</strong> on ${pathCode(resource.path)}${where ? ` at ${code(where)}` : ''}` +
      (result.outcome === 'unknown' ? ` (reported as ${result.severity})` : ''),
    esc(findingDetail(result, resource.cdkHelper)),
  ];
  if (duty) lines.push(`<strong>Fix:</strong> ${fixOf(remediationFor(duty.remediation, resource.type))}`);
  const controls = duty ? esc(controlsText(duty.controls, ' · ')) : '';
  if (controls) lines.push(`Controls: ${controls}`);
  if (duty?.equivalents?.cdkNag?.length) lines.push(`cdk-nag: ${duty.equivalents.cdkNag.map(code).join(', ')}`);
  if (result.evaluatorError) lines.push(`Evaluator error: ${esc(result.evaluatorError)}`);
  return `- ${lines.join('<br>\n  ')}\n`;
}

export function findingSection(group: FindingGroup, results: Results, repoRoot: string | undefined): Section {
  const title = `<strong>${group.icon} ${group.name} (${group.findings.length})</strong>`;
  return {
    name: group.name,
    *detail() {
      yield openDetails(title, group.open);
      for (const f of group.findings) yield findingItem(f, results, repoRoot);
      yield CLOSE_DETAILS;
    },
    summary() {
      const byDuty = [...countBy(group.findings, (f) => f.duty.dutyId)].sort((a, b) => b[1] - a[1]);
      const byStack = [...countBy(group.findings, (f) => f.resource.stackPath)].sort((a, b) => b[1] - a[1]);
      return (
        openDetails(`${title}: counts per duty and per stack`, group.open) +
        table(
          ['duty', 'findings'],
          cappedRows(byDuty, ([id, n]) => [code(id), n], 2),
        ) +
        table(
          ['stack', 'findings'],
          cappedRows(byStack, ([stack, n]) => [pathCode(stack), n], 2),
        ) +
        CLOSE_DETAILS
      );
    },
  };
}

export function waiverSection(results: Results): Section | undefined {
  const waived = dutiesWhere(results, (d) => d.outcome === 'waived');
  if (waived.length === 0) return undefined;
  const title = `<strong>🔕 Waived (${waived.length})</strong>`;
  return {
    name: 'Waived',
    *detail() {
      yield openDetails(title);
      yield tableHead(['duty', 'construct', 'reason', 'acknowledged at', 'would have been']);
      for (const { resource, duty } of waived) {
        const w = duty.waiver;
        yield row([
          code(duty.dutyId),
          pathCode(resource.path),
          esc(w?.reason ?? ''),
          w
            ? pathCode(w.acknowledgedAt) +
              (w.from === 'cdk-nag' ? ` (cdk-nag ${code(w.acknowledgedId.replace(/^annotation::/i, ''))})` : '')
            : '',
          w?.waivedOutcome ?? '',
        ]);
      }
      yield CLOSE_DETAILS;
    },
    summary() {
      const byDuty = new Map<string, { count: number; reasons: Set<string> }>();
      for (const { duty } of waived) {
        const entry = byDuty.get(duty.dutyId) ?? { count: 0, reasons: new Set<string>() };
        entry.count++;
        entry.reasons.add(duty.waiver?.reason ?? '');
        byDuty.set(duty.dutyId, entry);
      }
      const rows = [...byDuty].map(([id, { count, reasons }]) => [
        code(id),
        count,
        esc([...reasons][0]) + (reasons.size > 1 ? ` (and ${reasons.size - 1} other reasons)` : ''),
      ]);
      return openDetails(`${title}: counts per duty`) + table(['duty', 'waived', 'reason'], rows) + CLOSE_DETAILS;
    },
  };
}

export function attestationSection(results: Results): Section | undefined {
  const needed = dutiesWhere(results, (d) => d.outcome === 'needs-attestation');
  const attested = dutiesWhere(results, (d) => d.outcome === 'attested');
  if (needed.length === 0 && attested.length === 0) return undefined;
  const title = `<strong>📝 Attestations (${needed.length} needed, ${attested.length} attested)</strong>`;
  return {
    name: 'Attestations',
    *detail() {
      yield openDetails(title);
      if (needed.length > 0) {
        yield '**Needs attestation**: the app cannot show these; someone has to attest to them.\n\n';
        yield tableHead(['duty', 'construct', 'what to attest']);
        for (const { resource, duty } of needed)
          yield row([
            code(duty.dutyId),
            pathCode(resource.path),
            esc(findingDetail(duty) || (results.duties[duty.dutyId]?.customerSide ?? '')),
          ]);
        yield '\n';
      }
      if (attested.length > 0) {
        yield '**Attested**\n\n';
        yield tableHead(['duty', 'construct', 'evidence', 'scope', 'expires']);
        for (const { resource, duty } of attested) {
          const a = duty.attestation;
          yield row([
            code(duty.dutyId),
            pathCode(resource.path),
            esc(a?.evidence ?? ''),
            a ? (a.scope === '' ? '(whole app)' : code(a.scope)) : '',
            esc(a?.expires ?? ''),
          ]);
        }
        yield '\n';
      }
      yield CLOSE_DETAILS;
    },
    summary() {
      const n = countBy(needed, (f) => f.duty.dutyId);
      const a = countBy(attested, (f) => f.duty.dutyId);
      const ids = [...new Set([...n.keys(), ...a.keys()])].sort();
      return (
        openDetails(`${title}: counts per duty`) +
        table(
          ['duty', 'needs attestation', 'attested'],
          ids.map((id) => [code(id), n.get(id) ?? 0, a.get(id) ?? 0]),
        ) +
        CLOSE_DETAILS
      );
    },
  };
}
