import * as path from 'path';
import { Annotations, CfnResource, Stack, Stage, Validations } from 'aws-cdk-lib/core';
import { REPORT_FILES } from '../report/write';
import type { IPolicyValidationContext, IPolicyValidationPlugin, PolicyValidationPluginReport, PolicyViolation } from 'aws-cdk-lib/core';
import type { IConstruct } from 'constructs';
import type { ResolvedOptions } from '../options';
import { CATEGORIES } from '../model/duty';
import type { AcknowledgementProblem, ResourceResult, SkippedScope } from '../results';
import { reviewAcknowledgements } from './ack-review';
import { addAcks, addResources, type AppResults, appResults, fileContent } from './app-results';
import type { AckRecord } from './collect';
import { annotate, annotateSummary, countFindings, isReported, toViolations } from './annotate';
import { CHANGED_AFTER_CHECKS, JudgedEntries } from './changed-after';
import { EVALUATOR_ERROR_ID } from './evaluate';
import { aroundSynthesis } from './first-synthesis';
import { HandOver, releaseHandOver } from './hand-over';
import { removeStaleOutputs, writeOutputs } from './outputs';
import { type RunOutput, runEngine } from './run';
import { timed } from './timings';
import { TOOL_VERSION } from './version';
import { PLUGIN_NAMESPACE } from './waivers';

const STAGE_NOT_CHECKED = 'stage-not-checked';

/** Ids of our own annotations that are not duties: they may be acknowledged like one. */
export const OWN_ANNOTATION_IDS: ReadonlySet<string> = new Set([EVALUATOR_ERROR_ID, STAGE_NOT_CHECKED, CHANGED_AFTER_CHECKS]);

/**
 * Where the aspect runs, by construct tree root (the App), so a plugin added to the same app can
 * leave the work to it: 'app' when it was added to the App itself, 'part' when to something below.
 */
export const ASPECT_IN_APP = new WeakMap<IConstruct, 'app' | 'part'>();

/**
 * The checks for one scope (the construct the aspect was added to).
 *
 * The main run happens when CDK starts to synthesize the first of the scope's stacks, after every
 * aspect and construct validation and before any template is written, so the findings land on the
 * constructs as annotations; CDK then writes each resource the run resolved from that very
 * resolution (see HandOver). Where no stack synthesizer can be hooked it happens in CDK's tree
 * validation instead, as the scope's own construct validation. CDK synthesizes nested Stages
 * before it invokes the App's aspects, so they are out of reach there: when the main run finds
 * one, it registers a validation plugin on the enclosing App or Stage, which evaluates them from
 * their written templates, reports through CDK's validation report and writes the results file
 * once all is known.
 *
 * The same plugin compares the resources the main run judged but did not hand over (a run in tree
 * validation) with the templates CDK wrote, and warns about each one that changed after the checks
 * ran (see JudgedEntries); it is added for that alone only when CDK runs validation plugins anyway
 * (its built-in CloudFormation validation, on by default, or another plugin on the App).
 *
 * WHY not always: any registered plugin makes CDK index the whole construct tree for its report,
 * about 0.4 s of CPU on a 5,000-resource app, four times the comparison itself.
 *
 * Several instances in one app share what was evaluated and what each results file holds (see
 * AppResults): each evaluates the duties it was asked for that no other evaluated.
 */
export class ScopeRun {
  private readonly resources: ResourceResult[] = [];
  private readonly uncoveredTypes: string[] = [];
  private readonly acks = new Map<string, Map<string, AckRecord>>();
  private readonly skipped: { path: string; by: string }[] = [];
  private readonly app: AppResults;
  private stagesNotEntered: IConstruct[] = [];
  private mainRunDone = false;
  private readonly judged = new JudgedEntries();
  /** No plugin compares the written templates with what was judged: the results say so (see JudgedEntries). */
  private templatesNotCompared = false;

  constructor(
    private readonly scope: IConstruct,
    private readonly options: ResolvedOptions,
  ) {
    this.app = appResults(scope);
  }

  /** Called on the aspect's first visit of the scope. */
  start(): void {
    const root = this.scope.node.root;
    if (ASPECT_IN_APP.get(root) !== 'app') ASPECT_IN_APP.set(root, root === this.scope ? 'app' : 'part');
    this.scope.node.addValidation({
      validate: () => {
        this.schedule();
        return [];
      },
    });
  }

  /** The main run waits for the first of the scope's stacks to be synthesized; where it cannot, it runs now. */
  private schedule(): void {
    if (this.mainRunDone) return;
    const stacks = stacksOf(this.scope);
    const hooked =
      stacks.length > 0 &&
      aroundSynthesis(
        stacks,
        () => this.mainRun(true),
        (stack) => releaseHandOver(stack),
      );
    if (!hooked) this.mainRun(false);
  }

  private mainRun(atSynthesis: boolean): void {
    if (this.mainRunDone) return;
    this.mainRunDone = true;
    const handOver = atSynthesis ? HandOver.of(this.scope) : undefined;
    const out = runEngine(this.scope, this.options, {
      enterStages: false,
      from: 'constructs',
      alreadyEvaluated: this.app.evaluated,
      handOver,
    });
    timed('annotate', () => {
      const findings = annotate(out.resources, out.owners, this.options.dutyById);
      // The summary goes on the stack of the last finding shown, else of the last one in the reports.
      const lastReported = [...out.resources].reverse().find((r) => r.duties.some(isReported));
      const lastPath = findings.length > 0 ? findings[findings.length - 1].resource.path : lastReported?.path;
      const last = lastPath === undefined ? undefined : out.owners.get(lastPath);
      if (last) annotateSummary(stackOf(last) ?? this.scope, countFindings(out.resources), this.reportPath());
    });
    this.record(out);
    this.annotateAcknowledgements(out.acks);
    this.stagesNotEntered = out.stagesNotEntered;
    // A plugin must live on an App or Stage; outside one (a bare Stack under no App) there is none.
    const inStage = Stage.of(this.scope) !== undefined || Stage.isStage(this.scope);
    // A resource handed over is written as it was judged: only the others can change after the checks.
    const notHandedOver = handOver ? out.records.filter((r) => !handOver.has(r.cfnPath)) : out.records;
    const toCompare = notHandedOver.some(JudgedEntries.comparable);
    if (inStage && (out.stagesNotEntered.length > 0 || (toCompare && runsPlugins(this.scope.node.root)))) {
      // Kept only for the plugin: otherwise the records go with the run.
      this.judged.add(notHandedOver);
      Validations.of(this.scope).addPlugins(this.plugin());
    } else if (toCompare) {
      this.templatesNotCompared = true;
    }
    if (out.stagesNotEntered.length === 0) {
      this.write([]);
      return;
    }
    if (inStage) {
      removeStaleOutputs(this.outdir(), this.options);
      return;
    }
    // No App will run a plugin for us: say which Stages were not checked rather than pass them silently.
    for (const stage of out.stagesNotEntered) {
      Annotations.of(this.scope).addWarningV2(
        STAGE_NOT_CHECKED,
        `Stage ${stage.node.path} was not checked by SharedResponsibilityChecks: add the checks to the App, or to the Stage itself.`,
      );
    }
    this.write(out.stagesNotEntered.map((s) => s.node.path));
  }

  private record(out: RunOutput): void {
    for (const r of out.resources) this.resources.push(r);
    for (const t of out.uncoveredTypes) this.uncoveredTypes.push(t);
    addAcks(this.acks, out.acks);
    for (const s of out.skipped) this.skipped.push(s);
  }

  /**
   * An acknowledgement that cannot be honoured (its reason is refused) is an error on the construct
   * it was made on; one that names no duty is a warning there, with the closest id.
   */
  private annotateAcknowledgements(acks: RunOutput['acks']): void {
    const problems = reviewAcknowledgements(acks, [], this.dutyIds(), OWN_ANNOTATION_IDS);
    for (const p of problems) {
      if (p.problem === 'unused') continue;
      const key = `${p.acknowledgedAt}\0${p.acknowledgedId}`;
      if (this.app.annotatedAcks.has(key)) continue;
      this.app.annotatedAcks.add(key);
      const at = acks.get(p.acknowledgedAt)?.get(p.acknowledgedId)?.at;
      if (!at) continue;
      const text = `SharedResponsibility: ${p.message} (acknowledgement '${p.acknowledgedId}' at ${p.acknowledgedAt || '(app)'})`;
      if (p.problem === 'invalid-reason') Annotations.of(at).addError(text);
      else Annotations.of(at).addWarningV2('unknown-acknowledgement', text);
    }
  }

  private dutyIds(): ReadonlySet<string> {
    return new Set(this.options.dutyById.keys());
  }

  private plugin(): IPolicyValidationPlugin {
    return {
      name: PLUGIN_NAMESPACE,
      version: TOOL_VERSION,
      validate: (context: IPolicyValidationContext): PolicyValidationPluginReport => {
        const changes = this.judged.changes(context);
        if (this.stagesNotEntered.length === 0) return { success: true, violations: changes };
        const report = this.coverTheStages(context.appConstruct);
        return { success: report.success, violations: [...report.violations, ...changes] };
      },
    };
  }

  /** Evaluates the nested Stages the main run could not reach and reports them through CDK's validation report. */
  private coverTheStages(app: IConstruct): PolicyValidationPluginReport {
    const found: ResourceResult[] = [];
    const acks = new Map<string, Map<string, AckRecord>>();
    for (const root of this.stagesNotEntered) {
      const out = runEngine(root, this.options, { enterStages: true, from: 'templates', alreadyEvaluated: this.app.evaluated });
      this.record(out);
      addAcks(acks, out.acks);
      for (const r of out.resources) found.push(r);
    }
    this.write([]);
    // Every stack here is in a Stage nested below the App.
    const violations = toViolations(
      found,
      this.options.dutyById,
      (p) => constructAt(app, p),
      () => true,
    );
    // Templates are written by now: a refused acknowledgement in a Stage is reported here instead.
    violations.push(...acknowledgementViolations(reviewAcknowledgements(acks, [], this.dutyIds(), OWN_ANNOTATION_IDS)));
    return { success: !violations.some((v) => v.severity === 'error'), violations };
  }

  /** Where the user reads the findings in full: the Markdown report if one is written, else the results file. */
  private reportPath(): string | undefined {
    const outdir = this.outdir();
    if (!outdir || this.options.resultsFile === false) return undefined;
    const file = this.options.reports.includes('markdown') ? REPORT_FILES.markdown : this.options.resultsFile;
    return path.relative(process.cwd(), path.join(outdir, file)) || file;
  }

  private outdir(): string | undefined {
    return (Stage.isStage(this.scope) ? this.scope : Stage.of(this.scope))?.outdir;
  }

  private write(uncoveredStages: readonly string[]): void {
    const outdir = this.outdir();
    if (!outdir) return;
    // With no results file, writeOutputs still removes the reports an earlier synth left.
    if (this.options.resultsFile === false) return writeOutputs(outdir, this.options, [], [], []);
    const content = fileContent(this.app, path.join(outdir, this.options.resultsFile));
    addResources(content, this.resources);
    for (const t of this.uncoveredTypes) content.uncoveredTypes.add(t);
    for (const s of uncoveredStages) content.uncoveredStages.add(s);
    addAcks(content.acks, this.acks);
    for (const s of this.skipped) content.skipped.set(s.path, { path: s.path, reason: `skipPaths entry '${s.by}'` });
    // The categories from the manifest: reading the duties themselves would load every service.
    for (const c of this.options.dutyCategories) content.categories.add(c);
    const resources = [...content.resources.values()];
    const unchecked = CATEGORIES.filter((c) => !content.categories.has(c));
    const skipped: SkippedScope[] = [
      ...content.skipped.values(),
      ...(unchecked.length > 0 ? [{ path: '', reason: `categories not checked (the categories option): ${unchecked.join(', ')}` }] : []),
      ...(this.templatesNotCompared ? [{ path: '', reason: NOT_COMPARED }] : []),
    ];
    const acknowledgementProblems = reviewAcknowledgements(content.acks, resources, this.dutyIds(), OWN_ANNOTATION_IDS);
    timed('write', () =>
      writeOutputs(outdir, this.options, resources, [...content.uncoveredTypes], [...content.uncoveredStages], {
        skipped,
        acknowledgementProblems,
      }),
    );
  }
}

/**
 * Acknowledgements that cannot work, for CDK's validation report: a refused reason fails like an
 * error (the waiver waives nothing), an id that names no duty is a warning. Unused ones are in the
 * results only.
 */
export function acknowledgementViolations(problems: readonly AcknowledgementProblem[]): PolicyViolation[] {
  return problems
    .filter((p) => p.problem !== 'unused')
    .map((p) => ({
      ruleName: p.problem === 'invalid-reason' ? 'invalid-acknowledgement' : 'unknown-acknowledgement',
      description: `${p.message} (acknowledgement '${p.acknowledgedId}')`,
      severity: p.problem === 'invalid-reason' ? 'error' : 'warning',
      violatingResources: [{ constructPath: p.acknowledgedAt, locations: ['Metadata'] }],
    }));
}

export { toViolations } from './annotate';

/** The construct at a path below the App, for recognising the L3 pattern a resource was made by. */
export function constructAt(root: IConstruct, constructPath: string): IConstruct | undefined {
  let node: IConstruct | undefined = root;
  for (const id of constructPath.split('/').filter(Boolean)) node = node?.node.tryFindChild(id);
  return node;
}

const NOT_COMPARED =
  'the written templates were not compared with what the checks judged, because a stack synthesizer could not be hooked ' +
  '(so the checks ran in construct validation and CDK resolved the resources again) and CDK runs no validation plugin here ' +
  '(CDK_VALIDATION=false and none added): a construct validation or an uncached Lazy that changes a resource after the ' +
  'checks is not seen. SharedResponsibilityPlugin judges the written templates.';

/**
 * Whether CDK will run validation plugins on the App anyway: its built-in CloudFormation validation
 * (unless CDK_VALIDATION=false or the App turned it off) or a plugin already added to the App. CDK
 * keeps both on the App as internal fields: when they are not there to read, the answer is yes.
 */
function runsPlugins(root: IConstruct): boolean {
  const app = root as { _builtinCloudFormationValidation?: unknown; _validationPlugins?: unknown };
  const builtinOff = app._builtinCloudFormationValidation === false || process.env.CDK_VALIDATION === 'false';
  const plugins = app._validationPlugins;
  return !builtinOff || !Array.isArray(plugins) || plugins.length > 0;
}

/**
 * The stacks whose templates hold the scope's resources: those below it (nested stacks included, nested
 * Stages not: CDK synthesizes them apart) and the one it is in.
 */
function stacksOf(scope: IConstruct): Stack[] {
  const stacks: Stack[] = [];
  const enclosing = stackOf(scope);
  if (enclosing && enclosing !== scope) stacks.push(enclosing as Stack);
  const pending: IConstruct[] = [scope];
  while (pending.length > 0) {
    const c = pending.pop()!;
    if (c !== scope && Stage.isStage(c)) continue;
    if (Stack.isStack(c)) stacks.push(c);
    // Resources have no stacks below them; a tree is mostly resources and their few children.
    if (!CfnResource.isCfnResource(c)) for (const child of c.node.children) pending.push(child);
  }
  return stacks;
}

/** The stack a construct is in, if any (an account-level finding sits on the App itself). */
function stackOf(c: IConstruct): IConstruct | undefined {
  return [...c.node.scopes].reverse().find((s) => Stack.isStack(s));
}
