import * as fs from 'fs';
import * as path from 'path';
import { App, Aspects, type Stack, Validations } from 'aws-cdk-lib';
import { SharedResponsibilityChecks, SharedResponsibilityPlugin } from '../../lib';
import { RESULTS_FILE, type Results } from '../../lib/results';

/** The feature flags `cdk init` (CLI 2.1149) writes to cdk.json: the app a user following the messages has. */
export const CDK_INIT_CONTEXT = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/cdk-init-context.json'), 'utf8')) as Record<
  string,
  unknown
>;

export type Form = 'aspect' | 'plugin';

/** A finding the console shows (error or warning) or keeps in the reports (info), on one resource. */
export interface Found {
  readonly path: string;
  readonly dutyId: string;
  readonly severity: string;
  readonly outcome: string;
}

/** Builds the app, adds the checks in one form, synthesizes, and lists every finding of the results file. */
export function findings(build: (app: App) => void, form: Form): { found: Found[]; resources: number; evaluated: string[] } {
  const app = new App({ context: CDK_INIT_CONTEXT });
  build(app);
  if (form === 'aspect') Aspects.of(app).add(new SharedResponsibilityChecks({ reports: [] }));
  else Validations.of(app).addPlugins(new SharedResponsibilityPlugin({ reports: [] }));
  try {
    app.synth();
  } catch {
    // Synth fails on an error finding, in both forms (cdk init's annotationsInValidationReport
    // turns the aspect's error annotations into a failed validation): the results file is written before.
  }
  const results = JSON.parse(fs.readFileSync(path.join(app.outdir, RESULTS_FILE), 'utf8')) as Results;
  const found = results.resources.flatMap((r) =>
    r.duties
      .filter((d) => d.outcome === 'unconfigured' || d.outcome === 'unknown' || d.outcome === 'needs-attestation')
      .map((d) => ({ path: r.path, dutyId: d.dutyId, severity: d.severity, outcome: d.outcome })),
  );
  const resources = fs
    .readdirSync(app.outdir)
    .filter((f) => f.endsWith('.template.json'))
    .reduce(
      (n, f) =>
        n + Object.keys((JSON.parse(fs.readFileSync(path.join(app.outdir, f), 'utf8')) as { Resources?: object }).Resources ?? {}).length,
      0,
    );
  return { found, resources, evaluated: results.resources.map((r) => r.path) };
}

/** `dutyId on path (severity)` for the findings at errors and warnings, as the console shows them. */
export function shown(found: readonly Found[], under?: (path: string) => boolean): string[] {
  return found
    .filter((f) => f.severity !== 'info' && (!under || under(f.path)))
    .map((f) => `${f.dutyId} on ${f.path} (${f.severity}, ${f.outcome})`)
    .sort();
}

export type StackBuilder = (stack: Stack) => void;
