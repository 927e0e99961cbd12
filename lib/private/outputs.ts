import * as path from 'path';
import type { ResolvedOptions } from '../options';
import { writeReports } from '../report/write';
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
  if (!outdir || options.resultsFile === false) return;
  const results = buildResults(resources, uncoveredTypes, uncoveredStages, options, review);
  writeAtomically(path.join(outdir, options.resultsFile), resultsJson(results));
  if (options.reports.length > 0) writeReports(results, outdir, options.reports, options.repoRoot);
}
