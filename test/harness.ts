import * as fs from 'fs';
import * as path from 'path';
import { App, Aspects, CfnCondition, CfnParameter, Fn, Stack } from 'aws-cdk-lib';
import { SharedResponsibilityChecks, type SharedResponsibilityChecksProps } from '../lib';
import { catalog } from '../rules';
import { type DutyResult, type Outcome, RESULTS_FILE, type Results } from '../lib/results';

export const STACK = 'Test';
/** The path to use in a case for an account-level duty. */
export const ACCOUNT = '(account)';

export interface Synthesized {
  readonly app: App;
  readonly results: Results;
}

/** Builds a one-stack app, adds the checks to the App, synthesizes, and reads the results file. */
export function synthWithChecks(build: (stack: Stack, app: App) => void, props?: SharedResponsibilityChecksProps): Synthesized {
  const app = new App();
  const stack = new Stack(app, STACK, { env: { account: '111111111111', region: 'us-east-1' } });
  build(stack, app);
  return synthApp(app, props);
}

export function synthApp(app: App, props?: SharedResponsibilityChecksProps): Synthesized {
  // Reports are tested on their own (test/report); rendering them for every duty case would only slow the suite.
  Aspects.of(app).add(new SharedResponsibilityChecks({ reports: [], ...props }));
  const assembly = app.synth();
  const results = JSON.parse(fs.readFileSync(path.join(assembly.directory, RESULTS_FILE), 'utf8')) as Results;
  return { app, results };
}

/** The result of one duty on the resource owned by the construct at `path` (relative to the stack unless absolute). */
export function dutyResult(results: Results, constructPath: string, dutyId: string): DutyResult | undefined {
  if (constructPath === ACCOUNT) return results.resources.find((r) => r.type === 'AWS::Account')?.duties.find((d) => d.dutyId === dutyId);
  const full =
    constructPath.includes('/') && !constructPath.startsWith('./') ? constructPath : `${STACK}/${constructPath.replace(/^\.\//, '')}`;
  const matches = results.resources.filter((r) => r.path === full || r.path === `${STACK}/${constructPath}`);
  for (const r of matches) {
    const d = r.duties.find((x) => x.dutyId === dutyId);
    if (d) return d;
  }
  return undefined;
}

/** A condition on a new parameter, for a value that depends on it (`Fn.conditionIf(conditionOn(stack), a, b)`); its logical id. */
export function conditionOn(stack: Stack, id = 'Attach'): string {
  return new CfnCondition(stack, id, { expression: Fn.conditionEquals(new CfnParameter(stack, `${id}Flag`).valueAsString, 'yes') })
    .logicalId;
}

export function outcomeOf(results: Results, constructPath: string, dutyId: string): Outcome | 'absent' {
  return dutyResult(results, constructPath, dutyId)?.outcome ?? 'absent';
}

export interface DutyCase {
  /** Reads as a sentence after the outcome: "unconfigured when the bucket has no policy". */
  readonly name: string;
  readonly build: (stack: Stack, app: App) => void;
  /** Construct path of the owner, relative to the stack (e.g. `Bucket`). */
  readonly path: string;
  readonly expect: Outcome;
  /** Options for the checks, when a case needs them. */
  readonly props?: SharedResponsibilityChecksProps;
}

export interface DutyTableOptions {
  /**
   * For a duty that reads no value from the template (an account setting CloudFormation cannot
   * express), why no case can be unknown.
   */
  readonly noUnknownBecause?: string;
}

/**
 * A table of real constructs for one duty. The table must hold a configured, an unconfigured and
 * an unknown case, so no duty ships with a check that cannot fail or cannot say "unknown".
 */
export function dutyCases(dutyId: string, cases: readonly DutyCase[], options: DutyTableOptions = {}): void {
  describe(dutyId, () => {
    it('is in the catalog and its table covers a passing, a failing and an unknown case', () => {
      expect(catalog.some((d) => d.id === dutyId)).toBe(true);
      const kinds = new Set<string>(cases.map((c) => c.expect));
      expect(kinds.has('configured') || kinds.has('attested')).toBe(true);
      expect(kinds.has('unconfigured') || kinds.has('needs-attestation')).toBe(true);
      if (!options.noUnknownBecause) expect(kinds.has('unknown')).toBe(true);
    });
    for (const c of cases) {
      it(`${c.expect} when ${c.name}`, () => {
        const { results } = synthWithChecks(c.build, c.props);
        const result = dutyResult(results, c.path, dutyId);
        expect({ path: c.path, outcome: result?.outcome ?? 'absent', detail: result?.detail }).toEqual(
          expect.objectContaining({ path: c.path, outcome: c.expect }),
        );
        if (c.expect === 'unconfigured' || c.expect === 'unknown') expect(result?.detail).toBeTruthy();
      });
    }
  });
}
