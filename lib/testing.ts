import * as fs from 'fs';
import * as path from 'path';
import { App, Aspects, CfnCondition, CfnParameter, Fn, Stack } from 'aws-cdk-lib/core';
import { catalog } from '../rules';
import { SharedResponsibilityChecks } from './checks';
import type { Duty } from './model/duty';
import type { SharedResponsibilityChecksProps } from './options';
import { type DutyResult, type Outcome, RESULTS_FILE, type Results } from './results';

/**
 * The table-driven helper the built-in catalog is tested with, for your own duties:
 *
 * ```ts
 * import { dutyCases } from 'cdk-shared-responsibility/testing';
 * dutyCases(ownerTagDuty, [
 *   { name: 'the bucket has an owner tag', build: (s) => Tags.of(new s3.Bucket(s, 'B')).add('owner', 'data'), path: 'B', expect: 'configured' },
 *   ...
 * ]);
 * ```
 *
 * Each case builds real constructs in a fresh App and Stack, runs the checks at synth and compares
 * the duty's outcome on the construct at `path`. Nothing runs at import: tests are registered when
 * `dutyCases` is called, with the test runner's `describe` and `it` (jest's globals, or any pair
 * passed as `runner`).
 */

/** The stack every case builds in; `path` is relative to it. */
export const STACK = 'Test';
/** The path to use in a case for an account-level duty (`AWS::Account`). */
export const ACCOUNT = '(account)';

export interface Synthesized {
  readonly app: App;
  readonly results: Results;
}

export interface DutyCase {
  /** Reads as a sentence after the outcome: "unconfigured when the bucket has no owner tag". */
  readonly name: string;
  readonly build: (stack: Stack, app: App) => void;
  /** Construct path of the owner, relative to the stack (`Bucket`), or ACCOUNT. */
  readonly path: string;
  readonly expect: Outcome;
  /**
   * Options for the checks in this case (added to the table's).
   * @default - the table's
   */
  readonly props?: SharedResponsibilityChecksProps;
}

/** A pair of functions that register tests, as jest, vitest, mocha and node:test provide. */
export interface TestRunner {
  describe(name: string, body: () => void): unknown;
  it(name: string, body: () => void): unknown;
}

export interface DutyTableOptions {
  /**
   * For a duty that reads no value from the template (an account setting CloudFormation cannot
   * express), why no case can be unknown.
   * @default - the table must hold an unknown case
   */
  readonly noUnknownBecause?: string;
  /**
   * Options for the checks in every case.
   * @default - none
   */
  readonly props?: SharedResponsibilityChecksProps;
  /**
   * Where to register the tests.
   * @default - the global `describe` and `it` (jest's)
   */
  readonly runner?: TestRunner;
}

/** Builds a one-stack app, adds the checks to the App, synthesizes, and reads the results file. */
export function synthWithChecks(build: (stack: Stack, app: App) => void, props?: SharedResponsibilityChecksProps): Synthesized {
  const app = new App();
  const stack = new Stack(app, STACK, { env: { account: '111111111111', region: 'us-east-1' } });
  build(stack, app);
  return synthApp(app, props);
}

/** Adds the checks to an app you built, synthesizes it, and reads the results file. */
export function synthApp(app: App, props?: SharedResponsibilityChecksProps): Synthesized {
  // Reports are rendered from the results file; rendering them for every case would only slow the tests.
  Aspects.of(app).add(new SharedResponsibilityChecks({ reports: [], ...props }));
  const assembly = app.synth();
  const results = JSON.parse(fs.readFileSync(path.join(assembly.directory, RESULTS_FILE), 'utf8')) as Results;
  return { app, results };
}

/** The result of one duty on the resource owned by the construct at `constructPath` (relative to the stack unless absolute). */
export function dutyResult(results: Results, constructPath: string, dutyId: string): DutyResult | undefined {
  if (constructPath === ACCOUNT) return results.resources.find((r) => r.type === 'AWS::Account')?.duties.find((d) => d.dutyId === dutyId);
  const full =
    constructPath.includes('/') && !constructPath.startsWith('./') ? constructPath : `${STACK}/${constructPath.replace(/^\.\//, '')}`;
  for (const r of results.resources) {
    if (r.path !== full && r.path !== `${STACK}/${constructPath}`) continue;
    const d = r.duties.find((x) => x.dutyId === dutyId);
    if (d) return d;
  }
  return undefined;
}

/**
 * A condition on a new parameter, for a value decided only at deploy (`Fn.conditionIf(conditionOn(stack), a, b)`),
 * the usual way to build an unknown case. Returns the condition's logical id.
 */
export function conditionOn(stack: Stack, id = 'Attach'): string {
  return new CfnCondition(stack, id, { expression: Fn.conditionEquals(new CfnParameter(stack, `${id}Flag`).valueAsString, 'yes') })
    .logicalId;
}

export function outcomeOf(results: Results, constructPath: string, dutyId: string): Outcome | 'absent' {
  return dutyResult(results, constructPath, dutyId)?.outcome ?? 'absent';
}

/**
 * Registers one test per case for `duty` (a duty object, or the id of a built-in duty). The table is
 * refused, with an error thrown at once, unless it holds a passing case (configured or attested), a
 * failing case (unconfigured or needs-attestation) and an unknown case, or says in
 * `noUnknownBecause` why no value the duty reads can be unknown: a duty that cannot fail, or that
 * passes a value it cannot read, is the bug a table exists to catch.
 */
export function dutyCases(duty: Duty | string, cases: readonly DutyCase[], options: DutyTableOptions = {}): void {
  const resolved = typeof duty === 'string' ? catalog.find((d) => d.id === duty) : duty;
  if (!resolved) throw new Error(`dutyCases: '${String(duty)}' is not a built-in duty; pass your duty object instead of its id.`);
  const missing = missingKinds(cases, options);
  if (missing.length > 0) {
    throw new Error(
      `dutyCases(${resolved.id}): the table has no ${missing.join(', no ')} case. Add one` +
        (missing.includes('unknown') ? ', or, for a duty that reads nothing a token could hide, say why in { noUnknownBecause }.' : '.'),
    );
  }
  const runner = options.runner ?? globalRunner();
  const builtIn = catalog.some((d) => d.id === resolved.id);
  runner.describe(resolved.id, () => {
    for (const c of cases) {
      runner.it(`${c.expect} when ${c.name}`, () => {
        const props = mergeProps(builtIn ? undefined : resolved, options.props, c.props);
        const { results } = synthWithChecks(c.build, props);
        const result = dutyResult(results, c.path, resolved.id);
        const outcome = result?.outcome ?? 'absent';
        if (outcome !== c.expect) {
          const seen = result
            ? `${outcome}${result.detail ? ` (${result.detail})` : ''}`
            : `no result (is '${c.path}' a resource of ${resolved.resourceTypes.join(', ')}?)`;
          throw new Error(`${resolved.id} on ${c.path}: expected ${c.expect}, got ${seen}`);
        }
        if ((c.expect === 'unconfigured' || c.expect === 'unknown') && !result?.detail) {
          throw new Error(`${resolved.id} on ${c.path}: ${c.expect} without a detail saying what was found`);
        }
      });
    }
  });
}

function missingKinds(cases: readonly DutyCase[], options: DutyTableOptions): string[] {
  const kinds = new Set<string>(cases.map((c) => c.expect));
  const missing: string[] = [];
  if (!kinds.has('configured') && !kinds.has('attested')) missing.push('passing (configured or attested)');
  if (!kinds.has('unconfigured') && !kinds.has('needs-attestation')) missing.push('failing (unconfigured or needs-attestation)');
  if (!kinds.has('unknown') && !options.noUnknownBecause) missing.push('unknown');
  return missing;
}

/** The table's and the case's options; a custom duty joins customDuties unless it is already there. */
function mergeProps(
  custom: Duty | undefined,
  table: SharedResponsibilityChecksProps | undefined,
  own: SharedResponsibilityChecksProps | undefined,
): SharedResponsibilityChecksProps | undefined {
  const merged = table || own ? { ...table, ...own } : undefined;
  if (!custom) return merged;
  const listed = merged?.customDuties ?? [];
  return { ...merged, customDuties: listed.some((d) => d.id === custom.id) ? listed : [...listed, custom] };
}

function globalRunner(): TestRunner {
  const g = globalThis as { describe?: TestRunner['describe']; it?: TestRunner['it'] };
  if (typeof g.describe !== 'function' || typeof g.it !== 'function') {
    throw new Error(
      "dutyCases registers tests with the global describe and it (jest's). Call it from a test file, or pass { runner: { describe, it } } (e.g. from '@jest/globals' or 'node:test').",
    );
  }
  return { describe: g.describe, it: g.it };
}
