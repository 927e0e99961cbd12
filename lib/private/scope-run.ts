import { Annotations, Stage, Validations } from 'aws-cdk-lib';
import type { IPolicyValidationContext, IPolicyValidationPlugin, PolicyValidationPluginReport, PolicyViolation } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { ResolvedOptions } from '../options';
import { fixText } from '../report/finding-text';
import type { DutyInfo, ResourceResult } from '../results';
import { annotate, isReported, reportedText } from './annotate';
import { EVALUATOR_ERROR_ID } from './evaluate';
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
    timed('annotate', () => annotate(out.resources, out.owners, this.options.dutyById));
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
      validate: (_context: IPolicyValidationContext): PolicyValidationPluginReport => this.coverTheStages(),
    };
  }

  /** Evaluates the nested Stages the main run could not reach and reports them through CDK's validation report. */
  private coverTheStages(): PolicyValidationPluginReport {
    const found: ResourceResult[] = [];
    for (const root of this.stagesNotEntered) {
      const out = runEngine(root, this.options, { enterStages: true, from: 'templates', alreadyEvaluated: EVALUATED });
      this.record(out);
      for (const r of out.resources) found.push(r);
    }
    this.write([]);
    const violations = toViolations(found, this.options.dutyById);
    return { success: !violations.some((v) => v.severity === 'error'), violations };
  }

  private write(uncoveredStages: readonly string[]): void {
    const stage = Stage.isStage(this.scope) ? this.scope : Stage.of(this.scope);
    timed('write', () => writeOutputs(stage?.outdir, this.options, this.resources, this.uncoveredTypes, uncoveredStages));
  }
}

/**
 * The findings as violations for CDK's validation report, at their severity: info findings too,
 * as the aspect annotates them, so a finding in a Stage is as visible as one outside.
 */
export function toViolations(resources: readonly ResourceResult[], dutyById: ReadonlyMap<string, DutyInfo>): PolicyViolation[] {
  const violations: PolicyViolation[] = [];
  for (const r of resources) {
    for (const d of r.duties) {
      if (!isReported(d)) continue;
      const info = dutyById.get(d.dutyId);
      violations.push({
        ruleName: d.evaluatorError ? EVALUATOR_ERROR_ID : d.dutyId,
        // CDK's report shows the fix under its own heading.
        description: reportedText(info, r, d, { withFix: false }),
        ...(info ? { fix: fixText(info.remediation) } : {}),
        severity: d.severity,
        violatingResources: [{ constructPath: r.path, locations: ['Properties'] }],
        ruleMetadata: {
          category: info?.category ?? '',
          outcome: d.outcome,
          fsbp: info?.controls.fsbp.join(' ') ?? '',
          nist: info?.controls.nist.join(' ') ?? '',
          ...(info?.equivalents?.cdkNag?.length ? { cdkNag: info.equivalents.cdkNag.join(' ') } : {}),
        },
      });
    }
  }
  return violations;
}
