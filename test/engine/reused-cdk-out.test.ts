import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Aspects, Stack, Stage, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { SharedResponsibilityChecks, SharedResponsibilityPlugin } from '../../lib';
import { RESULTS_FILE, type Results } from '../../lib/results';

/** An app with its stacks in a Stage, the way CDK Pipelines apps are; `buckets` changes what the results hold. */
function build(outdir: string, mode: 'aspect' | 'plugin', buckets: number): App {
  // The CDK CLI gives the app its outdir through CDK_OUTDIR, which the plugin reads (it learns the
  // app's outdir only when it validates).
  process.env.CDK_OUTDIR = outdir;
  const app = new App({ confirmValidationPluginsDoNotMutate: true });
  const stack = new Stack(new Stage(app, 'Prod'), 'Data');
  for (let i = 0; i < buckets; i++) new s3.Bucket(stack, `Bucket${i}`, { enforceSSL: true });
  if (mode === 'aspect') Aspects.of(app).add(new SharedResponsibilityChecks({ reports: ['markdown'] }));
  else Validations.of(app).addPlugins(new SharedResponsibilityPlugin({ reports: ['markdown'] }));
  return app;
}

describe('a second synth into a reused cdk.out with confirmValidationPluginsDoNotMutate', () => {
  it.each(['aspect', 'plugin'] as const)('passes with the %s, and the results are those of the second synth', (mode) => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'reused-cdk-out-'));
    try {
      build(outdir, mode, 1).synth();
      build(outdir, mode, 2).synth();
      const results = JSON.parse(fs.readFileSync(path.join(outdir, RESULTS_FILE), 'utf8')) as Results;
      expect(results.resources.filter((r) => r.type === 'AWS::S3::Bucket')).toHaveLength(2);
    } finally {
      delete process.env.CDK_OUTDIR;
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});

/** The app sets its own outdir (no CDK CLI, no CDK_OUTDIR), with or without a Stage. */
function buildWithOutdir(outdir: string, mode: 'aspect' | 'plugin' | 'addPlugins', inStage: boolean, buckets: number): App {
  const app = new App({ outdir, confirmValidationPluginsDoNotMutate: true });
  const stack = new Stack(inStage ? new Stage(app, 'Prod') : app, 'Data');
  for (let i = 0; i < buckets; i++) new s3.Bucket(stack, `Bucket${i}`, { enforceSSL: true });
  if (mode === 'aspect') Aspects.of(app).add(new SharedResponsibilityChecks({ reports: ['markdown'] }));
  else if (mode === 'plugin') SharedResponsibilityPlugin.addTo(app, { reports: ['markdown'] });
  else Validations.of(app).addPlugins(new SharedResponsibilityPlugin({ reports: ['markdown'] }));
  return app;
}

describe('a second synth into a reused outdir the app sets itself, with confirmValidationPluginsDoNotMutate', () => {
  const bucketsIn = (outdir: string) =>
    (JSON.parse(fs.readFileSync(path.join(outdir, RESULTS_FILE), 'utf8')) as Results).resources.filter((r) => r.type === 'AWS::S3::Bucket')
      .length;

  it.each([
    ['aspect', false],
    ['aspect', true],
    ['plugin', false],
    ['plugin', true],
  ] as const)('passes with the %s (added with addTo for the plugin), in a Stage: %s', (mode, inStage) => {
    delete process.env.CDK_OUTDIR;
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'reused-outdir-'));
    try {
      buildWithOutdir(outdir, mode, inStage, 1).synth();
      expect(bucketsIn(outdir)).toBe(1);
      buildWithOutdir(outdir, mode, inStage, 2).synth();
      expect(bucketsIn(outdir)).toBe(2);
      expect(fs.existsSync(path.join(outdir, 'shared-responsibility.md'))).toBe(true);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });

  it('fails with the plugin added by Validations.addPlugins, naming the stale results and the fix, and leaves them untouched', () => {
    delete process.env.CDK_OUTDIR;
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'reused-outdir-'));
    try {
      buildWithOutdir(outdir, 'addPlugins', false, 1).synth();
      const before = fs.readFileSync(path.join(outdir, RESULTS_FILE), 'utf8');
      expect(() => buildWithOutdir(outdir, 'addPlugins', false, 2).synth()).toThrow(
        /results of an earlier synth are in the cloud assembly[\s\S]*SharedResponsibilityPlugin\.addTo\(app\)/,
      );
      expect(fs.readFileSync(path.join(outdir, RESULTS_FILE), 'utf8')).toBe(before);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});
