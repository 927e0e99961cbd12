import type { Results } from '../results';
import { findingDetail } from './finding-text';
import { sourceRef } from './findings';

export interface CsvOptions {
  /**
   * Source files are shown relative to this directory.
   * @default - as recorded in the results (absolute paths)
   */
  readonly repoRoot?: string;
}

const HEADERS = [
  'construct path',
  'stack',
  'logical id',
  'resource type',
  'service model',
  'duty',
  'category',
  'outcome',
  'severity',
  'FSBP controls',
  'NIST 800-53 controls',
  'detail',
  'waiver reason',
  'attestation evidence',
  'source',
  'cdk-nag rules',
];

/**
 * One cell per RFC 4180. A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
 * return, which some strip first, or their full-width forms) as a formula, and construct paths and
 * messages come from the app, so such a cell gets a leading apostrophe and is shown as text.
 *
 * WHY `;` is quoted too: spreadsheets in many European locales open a CSV with `;` as the separator,
 * and an unquoted `a;=HYPERLINK(...)` would become a second cell that starts with `=`.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per resource and duty, every outcome included, for auditors and spreadsheets. */
export function renderCsv(results: Results, options: CsvOptions = {}): string {
  const lines = [HEADERS.map(csvCell).join(',')];
  for (const r of results.resources) {
    const source = sourceRef(r, options.repoRoot) ?? '';
    const serviceModel = results.resourceTypes[r.type]?.serviceModel ?? '';
    for (const d of r.duties) {
      const duty = results.duties[d.dutyId];
      lines.push(
        [
          r.path,
          r.stackPath,
          r.logicalId,
          r.type,
          serviceModel,
          d.dutyId,
          duty?.category ?? '',
          d.outcome,
          d.severity,
          duty?.controls.fsbp.join('; ') ?? '',
          duty?.controls.nist.join('; ') ?? '',
          findingDetail(d, r.cdkHelper),
          d.waiver?.reason ?? '',
          d.attestation?.evidence ?? '',
          source,
          duty?.equivalents?.cdkNag?.join('; ') ?? '',
        ]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return lines.join('\r\n') + '\r\n';
}
