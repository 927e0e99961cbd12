import * as fs from 'fs';
import * as path from 'path';
import { writeAtomically } from '../private/write-results';
import type { Results } from '../results';
import { renderCsv } from './csv';
import { stackTemplateDirs } from './load';
import { renderMarkdown } from './markdown';
import { renderSarif } from './sarif';

export type ReportFormat = 'markdown' | 'sarif' | 'csv';

export const REPORT_FILES: Readonly<Record<ReportFormat, string>> = {
  markdown: 'shared-responsibility.md',
  sarif: 'shared-responsibility.sarif',
  csv: 'shared-responsibility.csv',
};

export interface RenderReportOptions {
  readonly repoRoot: string;
  /** The cloud assembly the results come from; SARIF points at its templates. */
  readonly cdkOut: string;
  readonly baseline?: Results;
}

/** One report as text, the way the CLI and `writeReports` both write it. */
export function renderReport(format: ReportFormat, results: Results, options: RenderReportOptions): string {
  switch (format) {
    case 'markdown':
      return renderMarkdown(results, { repoRoot: options.repoRoot, baseline: options.baseline });
    case 'csv':
      return renderCsv(results, { repoRoot: options.repoRoot });
    case 'sarif':
      return (
        JSON.stringify(
          renderSarif(results, {
            repoRoot: options.repoRoot,
            cdkOut: options.cdkOut,
            templateDirs: stackTemplateDirs(options.cdkOut),
            baseline: options.baseline,
          }),
          null,
          2,
        ) + '\n'
      );
  }
}

/**
 * Writes the chosen reports into `outdir` (the cloud assembly) beside the results file, each through
 * a temporary file and a rename so a reader never sees half a report. Source locations are made
 * relative to `repoRoot`.
 */
export function writeReports(results: Results, outdir: string, formats: readonly ReportFormat[], repoRoot: string): void {
  for (const format of new Set(formats)) {
    writeAtomically(path.join(outdir, REPORT_FILES[format]), renderReport(format, results, { repoRoot, cdkOut: outdir }));
  }
}

/**
 * Removes the reports of the formats not chosen this run, so a report turned off does not leave
 * the last run's findings in the cloud assembly for a reader (or a CI step) to take as current.
 */
export function removeUnchosenReports(outdir: string, formats: readonly ReportFormat[]): void {
  for (const format of Object.keys(REPORT_FILES) as ReportFormat[]) {
    if (!formats.includes(format)) fs.rmSync(path.join(outdir, REPORT_FILES[format]), { force: true });
  }
}
