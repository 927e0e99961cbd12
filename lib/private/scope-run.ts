import * as path from 'path';
import { Annotations, Stack, Stage, Validations } from 'aws-cdk-lib';
import { REPORT_FILES } from '../report/write';
import type { IPolicyValidationContext, IPolicyValidationPlugin, PolicyValidationPluginReport } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { ResolvedOptions } from '../options';
import type { ResourceResult } from '../results';
import { annotate, annotateSummary, summaryLine, toViolations } from './annotate';
import { writeOutputs } from './outputs';
import { type RunOutput, runEngine } from './run';
import { timed } from './timings';
import { TOOL_VERSION } from './version';
import { PLUGIN_NAMESPACE } from './waivers';

/** CloudFormation resources already evaluated by any run in this process, so none is reported twice. */
const EVALUATED = new WeakSet<IConstruct>();

/**
 * The checks for one scope (the construct the aspect was added to).
 *
 * The main run happens in CDK's tree validation, after every aspect has run and before any
 * template is written, so the findings land on the constructs as annotations. CDK synthesizes
 * nested Stages before it invokes the App's aspects, so they are out of reach there: when the main
 * run finds one, it registers a validation plugin on the enclosing App or Stage, which evaluates
 * them from their written templates, reports through CDK's validation report and writes the
 * results file once all is known.
 *
 * WHY the plugin only when needed: any registered plugin makes CDK index the whole construct tree
 * for its report, which costs as much as a good part of our own run on a large app.
 */
export class ScopeRun {
  private readonly resources: ResourceResult[] = [];
  private readonly uncoveredTypes: string[] = [];
  private stagesNotEntered: IConstruct[] = [];
  private mainRunDone = false;

  constructor(
    private readonly scope: IConstruct,
    private readonly options: ResolvedOptions,
  ) {}

  /** Called on the aspect's first visit of the scope. */
  start(): void {
    this.scope.node.addValidation({
      validate: () => {
        this.mainRun();
        return [];
      },
    });
  }

  private mainRun(): void {
    if (this.mainRunDone) return;
    this.mainRunDone = true;
    const out = runEngine(this.scope, this.options, { enterStages: false, from: 'constructs', alreadyEvaluated: EVALUATED });
    timed('annotate', () => {
      const findings = annotate(out.resources, out.owners, this.options.dutyById);
      const last = findings.length > 0 ? out.owners.get(findings[findings.length - 1].resource.path) : undefined;
      if (last) annotateSummary(Stack.of(last), summaryLine(findings, this.reportPath()));
    });
    this.record(out);
    this.stagesNotEntered = out.stagesNotEntered;
    if (out.stagesNotEntered.length === 0) {
      this.write([]);
      return;
    }
    // A plugin must live on an App or Stage; outside one (a bare Stack under no App) there is none.
    if (Stage.of(this.scope) || Stage.isStage(this.scope)) {
      Validations.of(this.scope).addPlugins(this.plugin());
      return;
    }
    // No App will run a plugin for us: say which Stages were not checked rather than pass them silently.
    for (const stage of out.stagesNotEntered) {
      Annotations.of(this.scope).addWarningV2(
        'stage-not-checked',
        `Stage ${stage.node.path} was not checked by SharedResponsibilityChecks: add the checks to the App, or to the Stage itself.`,
      );
    }
    this.write(out.stagesNotEntered.map((s) => s.node.path));
  }

  private record(out: RunOutput): void {
    for (const r of out.resources) this.resources.push(r);
    for (const t of out.uncoveredTypes) this.uncoveredTypes.push(t);
    for (const c of out.evaluated) EVALUATED.add(c);
  }

  private plugin(): IPolicyValidationPlugin {
    return {
      name: PLUGIN_NAMESPACE,
      version: TOOL_VERSION,
      validate: (context: IPolicyValidationContext): PolicyValidationPluginReport => this.coverTheStages(context.appConstruct),
    };
  }

  /** Evaluates the nested Stages the main run could not reach and reports them through CDK's validation report. */
  private coverTheStages(app: IConstruct): PolicyValidationPluginReport {
    const found: ResourceResult[] = [];
    for (const root of this.stagesNotEntered) {
      const out = runEngine(root, this.options, { enterStages: true, from: 'templates', alreadyEvaluated: EVALUATED });
      this.record(out);
      for (const r of out.resources) found.push(r);
    }
    this.write([]);
    const violations = toViolations(found, this.options.dutyById, (p) => constructAt(app, p));
    return { success: !violations.some((v) => v.severity === 'error'), violations };
  }

  /** Where the user reads the findings in full: the Markdown report if one is written, else the results file. */
  private reportPath(): string | undefined {
    const outdir = (Stage.isStage(this.scope) ? this.scope : Stage.of(this.scope))?.outdir;
    if (!outdir || this.options.resultsFile === false) return undefined;
    const file = this.options.reports.includes('markdown') ? REPORT_FILES.markdown : this.options.resultsFile;
    return path.relative(process.cwd(), path.join(outdir, file)) || file;
  }

  private write(uncoveredStages: readonly string[]): void {
    const stage = Stage.isStage(this.scope) ? this.scope : Stage.of(this.scope);
    timed('write', () => writeOutputs(stage?.outdir, this.options, this.resources, this.uncoveredTypes, uncoveredStages));
  }
}

export { toViolations } from './annotate';

/** The construct at a path below the App, for recognising the L3 pattern a resource was made by. */
export function constructAt(root: IConstruct, constructPath: string): IConstruct | undefined {
  let node: IConstruct | undefined = root;
  for (const id of constructPath.split('/').filter(Boolean)) node = node?.node.tryFindChild(id);
  return node;
}
