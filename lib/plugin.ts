import { Aspects, Stage, Validations } from 'aws-cdk-lib/core';
import type { IPolicyValidationContext, IPolicyValidationPlugin, PolicyValidationPluginReport, PolicyViolation } from 'aws-cdk-lib/core';
import type { IConstruct } from 'constructs';
import { catalogIndex } from '../rules';
import { OPTION_SHAPES, resolveOptions, type ResolvedOptions, type SharedResponsibilityChecksProps } from './options';
import { isBoolean } from './private/option-shapes';
import { runEngine } from './private/run';
import { acknowledgementViolations, ASPECT_IN_APP, constructAt, OWN_ANNOTATION_IDS, toViolations } from './private/scope-run';
import { reviewAcknowledgements } from './private/ack-review';
import { appResults } from './private/app-results';
import { TOOL_VERSION } from './private/version';
import { PLUGIN_NAMESPACE } from './private/waivers';
import { removeStaleOutputs, staleOutputs, writeOutputs } from './private/outputs';
import { timed } from './private/timings';

export interface SharedResponsibilityPluginProps extends SharedResponsibilityChecksProps {
  /**
   * Fail synth on warnings too, not only on errors.
   * @default false
   */
  readonly failOnWarnings?: boolean;
}

/**
 * The same checks as a CDK validation plugin:
 *
 * ```ts
 * Validations.of(app).addPlugins(new SharedResponsibilityPlugin());
 * ```
 *
 * Findings appear in CDK's validation report under the plugin name `SharedResponsibility`, with
 * the duty ids as rule names; acknowledgements (`Validations.of(c).acknowledge({ id, reason })`,
 * with or without the `SharedResponsibility::` prefix) waive them as they do for the aspect, and
 * the same results file is written. The plugin sees the app after synthesis, so it also covers
 * resources that other aspects add late.
 */
export class SharedResponsibilityPlugin implements IPolicyValidationPlugin {
  public readonly name = PLUGIN_NAMESPACE;
  public readonly version = TOOL_VERSION;
  public readonly ruleIds: string[];
  private readonly options: ResolvedOptions;
  private readonly failOnWarnings: boolean;

  /**
   * Adds the plugin to an App (or Stage) and removes an earlier synth's results and reports from
   * the app's `outdir` before CDK checks that plugins change no file: what an app that sets its own
   * `outdir` and `confirmValidationPluginsDoNotMutate: true` needs to synthesize twice into one
   * directory. Otherwise the same as `Validations.of(stage).addPlugins(new SharedResponsibilityPlugin(props))`.
   */
  public static addTo(stage: Stage, props: SharedResponsibilityPluginProps = {}): SharedResponsibilityPlugin {
    const plugin = new SharedResponsibilityPlugin(props);
    Validations.of(stage).addPlugins(plugin);
    const root = stage.node.root;
    // Aspects run before CDK writes the templates and takes its snapshot of the cloud assembly,
    // even with skipValidation; the plugin itself runs after the snapshot, too late to remove anything.
    Aspects.of(stage).add({
      visit: (node) => {
        if (node === stage && Stage.isStage(root)) removeStaleOutputs(root.outdir, plugin.options);
      },
    });
    return plugin;
  }

  constructor(props: SharedResponsibilityPluginProps = {}) {
    this.options = resolveOptions(props, catalogIndex, {
      owner: 'SharedResponsibilityPlugin',
      shapes: { ...OPTION_SHAPES, failOnWarnings: isBoolean },
    });
    this.failOnWarnings = props.failOnWarnings ?? false;
    this.ruleIds = [...this.options.dutyIds];
    // The plugin learns the app's outdir only when it validates, after CDK's snapshot for
    // confirmValidationPluginsDoNotMutate; under the CDK CLI the outdir is known now (see removeStaleOutputs).
    removeStaleOutputs(process.env.CDK_OUTDIR, this.options);
  }

  public validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    const app = context.appConstruct;
    const aspect = ASPECT_IN_APP.get(app.node.root);
    // The aspect, added to the App too, checks everything and writes the results: say so, once.
    if (aspect === 'app') return { success: true, violations: [bothAdded()] };
    const stacks = context.stackTemplates
      .map((t) => constructAt(app, t.stackConstructPath))
      .filter((s): s is IConstruct => s !== undefined);
    // The templates are written by now: read them rather than resolve every resource again. What
    // an aspect added to part of the app checked, it has reported: not again (runEngine records
    // what it evaluates in the app's shared record, so the aspect's plugin for nested Stages skips it too).
    const out = runEngine(stacks, this.options, { enterStages: false, from: 'templates', alreadyEvaluated: appResults(app).evaluated });
    const acknowledgementProblems = reviewAcknowledgements(
      out.acks,
      out.resources,
      new Set(this.options.dutyById.keys()),
      OWN_ANNOTATION_IDS,
    );
    let blocked: PolicyViolation | undefined;
    if (aspect !== 'part') {
      const outdir = Stage.isStage(app) ? app.outdir : undefined;
      const stale = confirmsNoMutation(app) ? staleOutputs(outdir, this.options) : [];
      // Replacing them would fail the synth with CDK's IllegalPluginOperation, which names no file and no fix.
      if (stale.length > 0) blocked = staleOutputsLeft(stale);
      const skipped = out.skipped.map((s) => ({ path: s.path, reason: `skipPaths entry '${s.by}'` }));
      if (!blocked)
        timed('write', () =>
          writeOutputs(outdir, this.options, out.resources, out.uncoveredTypes, [], { skipped, acknowledgementProblems }),
        );
    }
    const nestedStacks = new Set(stacks.filter((s) => Stage.of(s) !== app).map((s) => s.node.path));
    const violations = [
      ...toViolations(
        out.resources,
        this.options.dutyById,
        (p) => constructAt(app, p),
        (r) => nestedStacks.has(r.stackPath),
      ),
      ...acknowledgementViolations(acknowledgementProblems),
    ];
    if (aspect) violations.push(bothAdded());
    if (blocked) violations.push(blocked);
    const failing = violations.some((v) => v.severity === 'error' || (this.failOnWarnings && v.severity === 'warning'));
    return { success: !failing, violations };
  }
}

/** Said once, when the aspect and the plugin are both added to one app (a new object each time: CDK edits violations). */
function bothAdded(): PolicyViolation {
  return {
    ruleName: 'aspect-and-plugin',
    description:
      'SharedResponsibilityChecks (the aspect) and SharedResponsibilityPlugin are both added to this app: each finding is ' +
      "reported once, by the aspect where it checks the resource, and the results file is the aspect's. Keep one of the two.",
    severity: 'warning',
    // A construct without a path: the CDK CLI shows it whichever stacks it selected.
    violatingResources: [{ locations: [] }],
  };
}

/** Whether the app was created with `confirmValidationPluginsDoNotMutate: true` (CDK keeps the setting on the App, marked internal). */
function confirmsNoMutation(app: IConstruct): boolean {
  return (app as { _confirmValidationPluginsDoNotMutate?: unknown })._confirmValidationPluginsDoNotMutate === true;
}

/** The results of an earlier synth are in the way and may not be replaced: an error, so nobody reads them as this synth's. */
function staleOutputsLeft(files: readonly string[]): PolicyViolation {
  return {
    ruleName: 'stale-results',
    description:
      `The results of an earlier synth are in the cloud assembly (${files.join(', ')}) and confirmValidationPluginsDoNotMutate ` +
      'forbids a validation plugin to replace them, so this synth wrote no results. Add the plugin with ' +
      'SharedResponsibilityPlugin.addTo(app), which removes them before CDK checks the cloud assembly, synthesize into a fresh ' +
      'directory, or run under the CDK CLI.',
    severity: 'error',
    violatingResources: [{ locations: [] }],
  };
}
