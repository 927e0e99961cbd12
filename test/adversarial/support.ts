import * as fs from 'fs';
import * as path from 'path';
import { type App, Aspects, CfnResource, Stage } from 'aws-cdk-lib';
import { CloudAssembly } from 'aws-cdk-lib/cx-api';
import type { IConstruct } from 'constructs';
import { SharedResponsibilityChecks, type SharedResponsibilityChecksProps } from '../../lib';
import { SEVERITIES } from '../../lib/model/duty';
import { type DutyResult, OUTCOMES, RESULTS_FILE, type Results } from '../../lib/results';
import { catalog, catalogIndex } from '../../rules';

/** Duties by resource type, as the engine dispatches them with default options. */
export const DUTIES_BY_TYPE: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const d of catalog) for (const t of d.resourceTypes) m.set(t, [...(m.get(t) ?? []), d.id]);
  return m;
})();

export interface Message {
  readonly path: string;
  readonly level: string;
  readonly text: string;
}

export interface Checked {
  readonly app: App;
  readonly results: Results;
  /** Annotations in every stack of every assembly, nested Stages included. */
  readonly messages: Message[];
  /** What `app.synth()` threw (the validation report failing synth), if it threw. */
  readonly synthError?: Error;
  /** CDK's validation report (`validation-report.json`), where Stage findings go. */
  readonly validationReport?: unknown;
  readonly assembly?: CloudAssembly;
  /** What synth printed to the console (CDK prints the validation report of Stages). */
  readonly printed: string;
}

/**
 * Adds the checks to the App (unless `checks` is false: they were added already), synthesizes
 * and gathers every output a finding can take. A synth failure caused by findings is returned,
 * not thrown; any other exception escapes, so a test fails on it.
 */
export function check(app: App, props?: SharedResponsibilityChecksProps | false): Checked {
  if (props !== false) Aspects.of(app).add(new SharedResponsibilityChecks(props));
  let assembly: CloudAssembly | undefined;
  let synthError: Error | undefined;
  // CDK prints the validation report of Stages to the console; keep it (it is an output too) instead of the test log.
  const printed: string[] = [];
  const spies = (['error', 'warn', 'log'] as const).map((level) =>
    jest.spyOn(console, level).mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' '))),
  );
  try {
    assembly = app.synth();
  } catch (e) {
    // Only a validation failure that carries our findings is an expected way for synth to stop.
    if (!/SharedResponsibility|\[[a-z0-9-]+\]/.test(String((e as Error).message))) throw e;
    synthError = e as Error;
  } finally {
    spies.forEach((s) => s.mockRestore());
  }
  const results = readResults(app.outdir);
  // A failed synth still wrote the assembly; read it from disk so the annotations are there too.
  assembly ??= new CloudAssembly(app.outdir);
  const messages: Message[] = [];
  for (const stack of assembly.stacksRecursively) {
    for (const m of stack.messages) messages.push({ path: m.id, level: m.level, text: String(m.entry.data) });
  }
  const reportFile = path.join(app.outdir, 'validation-report.json');
  const validationReport = fs.existsSync(reportFile) ? JSON.parse(fs.readFileSync(reportFile, 'utf8')) : undefined;
  return { app, results, messages, synthError, validationReport, assembly, printed: printed.join('\n') };
}

export function readResults(dir: string, file = RESULTS_FILE): Results {
  return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Results;
}

/**
 * Results are well-formed: each (resource, duty) exactly once, each outcome from the Outcome set,
 * each duty one that applies to the type, a message on every finding, a summary that adds up.
 */
export function expectWellFormed(results: Results): void {
  const problems: string[] = [];
  let total = 0;
  const seen = new Set<string>();
  for (const r of results.resources) {
    const key = `${r.stackPath}\u0000${r.logicalId}\u0000${r.cfnPath}`;
    if (seen.has(key)) problems.push(`${r.path}: resource reported twice`);
    seen.add(key);
    const expected = DUTIES_BY_TYPE.get(r.type);
    const classified = catalogIndex.resourceTypes.get(r.type)?.noDutyOfItsOwn !== undefined;
    if (!expected && !classified) problems.push(`${r.path}: type ${r.type} has no duties but is in the results`);
    if (classified && (r.duties.length > 0 || !results.resourceTypes[r.type]?.noDutyOfItsOwn))
      problems.push(`${r.path}: type ${r.type} carries no duty of its own but is not listed so`);
    if (classified && results.uncoveredTypes.includes(r.type)) problems.push(`${r.path}: classified type ${r.type} listed as uncovered`);
    const ids = r.duties.map((d) => d.dutyId);
    if (new Set(ids).size !== ids.length) problems.push(`${r.path}: a duty appears twice: ${ids.join(',')}`);
    for (const d of r.duties) {
      total++;
      if (!OUTCOMES.includes(d.outcome)) problems.push(`${r.path} ${d.dutyId}: outcome ${String(d.outcome)}`);
      if (!(SEVERITIES as readonly string[]).includes(d.severity)) problems.push(`${r.path} ${d.dutyId}: severity ${String(d.severity)}`);
      if (expected && !expected.includes(d.dutyId)) problems.push(`${r.path} ${d.dutyId}: not a duty of ${r.type}`);
      if ((d.outcome === 'unconfigured' || d.outcome === 'unknown') && !d.detail)
        problems.push(`${r.path} ${d.dutyId}: a finding with no detail`);
      if (d.outcome === 'waived' && !d.waiver?.reason) problems.push(`${r.path} ${d.dutyId}: waived with no reason`);
    }
  }
  const counted = Object.values(results.summary.byOutcome).reduce((a, b) => a + b, 0);
  if (counted !== total) problems.push(`summary counts ${counted} outcomes, the resources hold ${total}`);
  if (results.summary.resources !== results.resources.length) problems.push('summary resource count differs');
  expect(problems).toEqual([]);
}

/** Every CloudFormation resource of a covered type below `root` (Stages included), by construct path. */
export function coveredResources(root: IConstruct): CfnResource[] {
  return root.node.findAll().filter((c): c is CfnResource => CfnResource.isCfnResource(c) && DUTIES_BY_TYPE.has(c.cfnResourceType));
}

/** No resource is lost: every covered CloudFormation resource in the app has its results, once. */
export function expectEveryResourceChecked(app: App, results: Results, except: (c: CfnResource) => boolean = () => false): void {
  const reported = new Map<string, number>();
  for (const r of results.resources) reported.set(r.cfnPath, (reported.get(r.cfnPath) ?? 0) + 1);
  const wrong = coveredResources(app)
    .filter((c) => !except(c))
    .map((c) => ({ path: c.node.path, times: reported.get(c.node.path) ?? 0 }))
    .filter((x) => x.times !== 1);
  expect(wrong).toEqual([]);
}

/**
 * No finding is lost: every unconfigured or unknown result at error or warning appears as an
 * annotation on its owner (top-level stacks) or as a violation in CDK's validation report (stacks
 * inside Stages). Info findings are in the results only, by design (see isShownOnConsole).
 */
export function expectEveryFindingSurfaced(checked: Checked): void {
  const reportText = JSON.stringify(checked.validationReport ?? {});
  const missing: string[] = [];
  for (const r of checked.results.resources) {
    for (const d of r.duties) {
      if ((d.outcome !== 'unconfigured' && d.outcome !== 'unknown') || d.severity === 'info') continue;
      const annotated = checked.messages.some((m) => m.path === `/${r.path}` && m.text.includes(`[${d.dutyId}]`));
      const reported = reportText.includes(`"ruleName":"${d.dutyId}"`) && reportText.includes(r.path);
      if (!annotated && !reported) missing.push(`${r.path} ${d.dutyId} ${d.outcome}`);
    }
  }
  expect(missing).toEqual([]);
}

/** All three: well-formed, nothing lost, every finding surfaced. */
export function expectSane(checked: Checked, except?: (c: CfnResource) => boolean): void {
  expectWellFormed(checked.results);
  expectEveryResourceChecked(checked.app, checked.results, except);
  expectEveryFindingSurfaced(checked);
}

/** Results of one duty by owner path (absolute construct paths). */
export function outcomesOf(results: Results, dutyId: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of results.resources) {
    const d = r.duties.find((x) => x.dutyId === dutyId);
    if (d) out[r.path] = d.outcome;
  }
  return out;
}

export function resultOf(results: Results, ownerPath: string, dutyId: string): DutyResult | undefined {
  return results.resources
    .find((r) => r.path === ownerPath && r.duties.some((d) => d.dutyId === dutyId))
    ?.duties.find((d) => d.dutyId === dutyId);
}

/** The Stages below (and including) a construct, for tests that nest them. */
export function stagesBelow(root: IConstruct): Stage[] {
  return root.node.findAll().filter((c): c is Stage => Stage.isStage(c));
}
