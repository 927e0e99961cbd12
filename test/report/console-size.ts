import * as fs from 'fs';
import * as path from 'path';
import { App, Aspects, Validations } from 'aws-cdk-lib';
import { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { AwsSolutionsChecks } from 'cdk-nag';
import { SharedResponsibilityChecks, SharedResponsibilityPlugin } from '../../lib';
import { InsecureStack } from '../../examples/insecure-stack';
import { WebServiceStack } from '../../examples/web-service-stack';
import type { AppShape } from '../apps/shapes/common';
import { APP_SHAPES } from '../apps/shapes';

/** An app to measure: its stacks built into a fresh App. */
export interface MeasuredApp {
  readonly name: string;
  readonly context?: Record<string, unknown>;
  readonly build: (app: App) => void;
}

const SHAPES: readonly AppShape[] = Object.values(APP_SHAPES);

/** The feature flags of the repository's cdk.json, which the example apps are synthesized with. */
const EXAMPLE_CONTEXT = (
  JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../cdk.json'), 'utf8')) as { context: Record<string, unknown> }
).context;

export const MEASURED_APPS: readonly MeasuredApp[] = [
  {
    name: 'examples/app.ts',
    context: EXAMPLE_CONTEXT,
    build: (app) => new WebServiceStack(app, 'WebService', { env: { region: 'eu-west-1' } }),
  },
  {
    name: 'examples/insecure-app.ts',
    context: EXAMPLE_CONTEXT,
    build: (app) => new InsecureStack(app, 'Insecure', { env: { region: 'eu-west-1' } }),
  },
  ...SHAPES.map((s) => ({ name: `test/apps ${s.name} (insecure)`, context: s.context, build: (app: App) => s.build(app, 'insecure') })),
];

export type Form = 'aspect' | 'plugin' | 'cdk-nag';

/** What a form printed on the console, and how many findings (rule, resource) it reported. */
export interface ConsoleOutput {
  readonly text: string;
  readonly findings: number;
}

/**
 * Synthesizes the app with one form of checks and returns what a user reads on the console:
 * for the aspect, each annotation as the CDK CLI prints it (`[Warning at /path] message`) plus
 * CDK's validation report if any; for a plugin, CDK's validation report as synth prints or throws it.
 */
export function consoleOutput(measured: MeasuredApp, form: Form): ConsoleOutput {
  const app = new App({ context: measured.context });
  measured.build(app);
  if (form === 'aspect') Aspects.of(app).add(new SharedResponsibilityChecks());
  else if (form === 'plugin') Validations.of(app).addPlugins(new SharedResponsibilityPlugin());
  else Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const printed: string[] = [];
  const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')));
  try {
    app.synth();
  } catch (e) {
    printed.push((e as Error).message);
  } finally {
    spy.mockRestore();
  }
  const lines: string[] = [];
  let findings = 0;
  if (form === 'aspect') {
    for (const stack of new CloudAssembly(app.outdir).stacksRecursively) {
      for (const m of stack.messages) {
        const level = m.level === 'error' ? 'Error' : m.level === 'warning' ? 'Warning' : 'Info';
        lines.push(`[${level} at ${m.id}] ${String(m.entry.data)}`);
        if (/^\[[a-z0-9-]+\]/.test(String(m.entry.data))) findings++;
      }
    }
  }
  const report = printed.join('\n');
  // Findings in nested Stages reach the console through CDK's validation report, for the aspect too.
  findings += countViolations(app);
  return { text: [...lines, report].filter(Boolean).join('\n'), findings };
}

/** (rule, resource) pairs in CDK's validation report. */
function countViolations(app: App): number {
  const file = path.join(app.outdir, 'validation-report.json');
  if (!fs.existsSync(file)) return 0;
  const report = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    pluginReports: { violations: { violatingConstructs?: unknown[]; violatingResources?: unknown[] }[] }[];
  };
  let n = 0;
  for (const r of report.pluginReports) for (const v of r.violations) n += (v.violatingConstructs ?? v.violatingResources ?? []).length;
  return n;
}
