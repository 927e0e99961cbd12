import * as fs from 'fs';
import * as path from 'path';
import { RESULTS_FILE, RESULTS_SCHEMA_VERSION, type Results } from '../results';
import { resultsShapeProblem, withDefaults } from './results-shape';
import { migrateResults, READABLE_SCHEMA_VERSIONS } from './migrate';

/** Bad input from the user (a missing file, a file that is not what it should be), as opposed to a bug. */
export class InputError extends Error {}

export function readInput(file: string, what: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? `no ${what} at ${file}`
        : code === 'EISDIR'
          ? `${file} is a directory, not a ${what}`
          : `cannot read ${file}: ${(e as Error).message}`,
    );
  }
}

/** Reads a results file written by `SharedResponsibilityChecks` (or saved from one, as a baseline). */
export function loadResultsFile(file: string): Results {
  const text = readInput(file, 'results file');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  const candidate = parsed as Partial<Results> | null;
  if (
    candidate === null ||
    typeof candidate !== 'object' ||
    !Array.isArray(candidate.resources) ||
    typeof candidate.schemaVersion !== 'number'
  ) {
    throw new InputError(
      `${file} is not a shared-responsibility results file (expected schemaVersion ${RESULTS_SCHEMA_VERSION} and a resources list)`,
    );
  }
  if (!READABLE_SCHEMA_VERSIONS.includes(candidate.schemaVersion)) {
    throw new InputError(
      `${file} has results schemaVersion ${candidate.schemaVersion}; this version reads ${READABLE_SCHEMA_VERSIONS.join(' and ')}: synthesize again with this version of the checks`,
    );
  }
  const migrated = migrateResults(candidate as { schemaVersion: number });
  const problem = resultsShapeProblem(migrated as unknown as Record<string, unknown>);
  if (problem) throw new InputError(`${file} is not a readable results file: ${problem}`);
  return withDefaults(migrated as unknown as Record<string, unknown>);
}

/** Reads the results file from a cloud assembly directory (`cdk.out`). */
export function loadResults(cdkOutDir: string): Results {
  const file = path.join(cdkOutDir, RESULTS_FILE);
  if (!fs.existsSync(file)) {
    throw new InputError(`no ${RESULTS_FILE} in ${cdkOutDir}: synthesize the app with SharedResponsibilityChecks first`);
  }
  return loadResultsFile(file);
}

interface ManifestArtifact {
  readonly type?: string;
  readonly displayName?: string;
  readonly properties?: { readonly templateFile?: string; readonly directoryName?: string };
}

/**
 * The directory of each stack's template relative to the cloud assembly, by stack path, read from
 * the assembly manifests: stacks in a Stage are written to a nested assembly (`assembly-Prod/`).
 * An unreadable manifest contributes nothing, and templates are then looked for at the top.
 */
export function stackTemplateDirs(cdkOutDir: string): Map<string, string> {
  const dirs = new Map<string, string>();
  const visit = (relDir: string, depth: number): void => {
    let artifacts: Record<string, ManifestArtifact> | undefined;
    try {
      artifacts = (
        JSON.parse(fs.readFileSync(path.join(cdkOutDir, relDir, 'manifest.json'), 'utf8')) as {
          artifacts?: Record<string, ManifestArtifact>;
        }
      ).artifacts;
    } catch {
      return;
    }
    for (const artifact of Object.values(artifacts ?? {})) {
      if (artifact.type === 'aws:cloudformation:stack' && artifact.displayName) dirs.set(artifact.displayName, relDir);
      const nested = artifact.properties?.directoryName;
      // Depth-limited: a manifest that names its own directory must not loop.
      if (artifact.type === 'cdk:cloud-assembly' && nested && depth < 16) visit(path.join(relDir, nested), depth + 1);
    }
  };
  visit('', 0);
  return dirs;
}
