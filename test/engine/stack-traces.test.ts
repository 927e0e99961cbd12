import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Aspects, Stack, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { SharedResponsibilityChecks, SharedResponsibilityPlugin } from '../../lib';

const REPO = path.resolve(__dirname, '..', '..');
const OURS = [path.join(REPO, 'lib') + path.sep, path.join(REPO, 'rules') + path.sep];

/**
 * CDK records a stack trace for every construct it creates, some of them while it synthesizes a
 * stack (the bootstrap version parameter and rule). Under Node's source maps, which tsx turns on in
 * every `cdk init` app, a frame of ours in such a trace makes Node decode our bundle's source map:
 * 50 ms of each synth for nothing (lib/private/first-synthesis.ts). So no stack trace made during a
 * synth may hold a frame of ours.
 */
function tracesDuring(run: () => void): string[][] {
  const traces: string[][] = [];
  const E = Error as unknown as { prepareStackTrace?: (e: unknown, frames: NodeJS.CallSite[]) => unknown };
  const previous = E.prepareStackTrace;
  E.prepareStackTrace = (e, frames) => {
    traces.push(frames.map((f) => `${f.getFileName() ?? ''}:${f.getLineNumber()}`));
    return previous ? previous(e, frames) : String(e);
  };
  try {
    run();
  } finally {
    E.prepareStackTrace = previous;
  }
  return traces;
}

function framesOfOurs(traces: string[][]): string[] {
  return traces.flat().filter((frame) => OURS.some((dir) => frame.startsWith(dir)));
}

function appWithTwoStacks(): App {
  const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'stack-traces-')) });
  for (const id of ['One', 'Two']) {
    // The default synthesizer, as `cdk init` makes a stack: it adds the bootstrap version rule at synthesis.
    const stack = new Stack(app, id);
    new s3.Bucket(stack, 'Bucket', { enforceSSL: true, versioned: true });
    new sqs.Queue(stack, 'Queue');
  }
  return app;
}

describe('stack traces made while the app is synthesized', () => {
  it('hold no frame of the aspect', () => {
    const app = appWithTwoStacks();
    Aspects.of(app).add(new SharedResponsibilityChecks({ reports: ['markdown', 'sarif', 'csv'] }));
    const traces = tracesDuring(() => app.synth());
    // CDK made traces (the bootstrap version parameter and rule of each stack): there was something to look at.
    expect(traces.length).toBeGreaterThanOrEqual(2);
    expect(framesOfOurs(traces)).toEqual([]);
    expect(fs.existsSync(path.join(app.outdir, 'shared-responsibility.results.json'))).toBe(true);
  });

  it('hold no frame of the plugin', () => {
    const app = appWithTwoStacks();
    Validations.of(app).addPlugins(new SharedResponsibilityPlugin());
    const traces = tracesDuring(() => app.synth());
    expect(traces.length).toBeGreaterThanOrEqual(2);
    expect(framesOfOurs(traces)).toEqual([]);
  });

  it('would show a frame of ours: one made under our code is seen', () => {
    const stack = new Stack(new App(), 'S');
    const traces = tracesDuring(() => new sqs.Queue(stack, 'Queue'));
    const here = traces.flat().filter((frame) => frame.startsWith(__filename));
    expect(here.length).toBeGreaterThan(0);
  });
});
