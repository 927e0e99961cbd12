import * as fs from 'fs';
import * as path from 'path';
import type { ResolvedOptions } from '../options';
import { REPORT_FILES, removeUnchosenReports, writeReports } from '../report/write';
import type { ResourceResult } from '../results';
import { buildResults, type ResultsReview, resultsJson, writeAtomically } from './write-results';

/** Writes the results file and the chosen reports into the cloud assembly directory. */
export function writeOutputs(
  outdir: string | undefined,
  options: ResolvedOptions,
  resources: readonly ResourceResult[],
  uncoveredTypes: readonly string[],
  uncoveredStages: readonly string[],
  review: ResultsReview = {},
): void {
  if (!outdir) return;
  removeUnchosenReports(outdir, options.resultsFile === false ? [] : options.reports);
  if (options.resultsFile === false) return;
  const results = buildResults(resources, uncoveredTypes, uncoveredStages, options, review);
  writeAtomically(path.join(outdir, options.resultsFile), resultsJson(results));
  if (options.reports.length > 0) writeReports(results, outdir, options.reports, options.repoRoot);
}

/**
 * Removes the results file and reports an earlier synth left in `outdir`, while the tree is still
 * being validated.
 *
 * WHY: with `confirmValidationPluginsDoNotMutate`, CDK fails the synth when a validation plugin
 * changes a file that existed before the plugins ran, and our plugin writes the results then. A
 * file that does not exist before the plugins run may be created; the previous synth's file is
 * stale anyway.
 */
export function removeStaleOutputs(outdir: string | undefined, options: ResolvedOptions): void {
  for (const file of staleOutputs(outdir, options)) fs.rmSync(file, { force: true });
}

/** The results file and reports an earlier synth left in `outdir`, which writing the outputs would replace or remove. */
export function staleOutputs(outdir: string | undefined, options: ResolvedOptions): string[] {
  if (!outdir) return [];
  // Without a results file, writeOutputs still removes every report.
  const names = [...(options.resultsFile === false ? [] : [options.resultsFile]), ...Object.values(REPORT_FILES)];
  return names.map((name) => path.join(outdir, name)).filter((f) => fs.existsSync(f));
}
