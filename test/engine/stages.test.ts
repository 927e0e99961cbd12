import * as fs from 'fs';
import * as path from 'path';
import { App, Aspects, NestedStack, Stack, Stage } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { SharedResponsibilityChecks } from '../../lib';
import { RESULTS_FILE, type Results } from '../../lib/results';

function readResults(dir: string): Results {
  return JSON.parse(fs.readFileSync(path.join(dir, RESULTS_FILE), 'utf8')) as Results;
}

function outcomes(results: Results, dutyId: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of results.resources) {
    const d = r.duties.find((x) => x.dutyId === dutyId);
    if (d) out[r.path] = d.outcome;
  }
  return out;
}

describe('coverage of Stages and nested stacks', () => {
  it('checks stacks inside a Stage when the checks are added to the App, and fails synth through the validation report', () => {
    const app = new App();
    const stage = new Stage(app, 'Prod');
    const stack = new Stack(stage, 'Data');
    new s3.Bucket(stack, 'Logs');
    Aspects.of(app).add(new SharedResponsibilityChecks());
    expect(() => app.synth()).toThrow(/s3-bucket-require-tls/);
    expect(outcomes(readResults(app.outdir), 's3-bucket-require-tls')).toEqual({ 'Prod/Data/Logs': 'unconfigured' });
  });

  it('checks Stages nested in Stages', () => {
    const app = new App();
    const outer = new Stage(app, 'Outer');
    const inner = new Stage(outer, 'Inner');
    new s3.Bucket(new Stack(inner, 'S'), 'B', { enforceSSL: true });
    new s3.Bucket(new Stack(app, 'Top'), 'B', { enforceSSL: true });
    Aspects.of(app).add(new SharedResponsibilityChecks());
    app.synth();
    expect(outcomes(readResults(app.outdir), 's3-bucket-require-tls')).toEqual({
      'Outer/Inner/S/B': 'configured',
      'Top/B': 'configured',
    });
  });

  it('reports a Stage finding once when the checks are also added to the Stage itself', () => {
    const app = new App();
    const stage = new Stage(app, 'Prod');
    new s3.Bucket(new Stack(stage, 'Data'), 'Logs', { enforceSSL: true });
    const checks = new SharedResponsibilityChecks();
    Aspects.of(app).add(checks);
    Aspects.of(stage).add(checks);
    app.synth();
    // The Stage's own run (during the Stage's synth) evaluates it; the App's run does not repeat it.
    expect(readResults(stage.outdir).resources.filter((r) => r.path === 'Prod/Data/Logs')).toHaveLength(1);
    expect(readResults(app.outdir).resources.filter((r) => r.path === 'Prod/Data/Logs')).toHaveLength(0);
  });

  it('checks resources in nested stacks, on their own construct paths', () => {
    const app = new App();
    const parent = new Stack(app, 'Parent');
    const nested = new NestedStack(parent, 'Nested');
    new s3.Bucket(nested, 'Inner');
    Aspects.of(app).add(new SharedResponsibilityChecks());
    app.synth();
    expect(outcomes(readResults(app.outdir), 's3-bucket-require-tls')).toEqual({ 'Parent/Nested/Inner': 'unconfigured' });
  });

  it('registers no validation plugin when there is no nested Stage, so CDK does not index the tree for a report', () => {
    const app = new App();
    new s3.Bucket(new Stack(app, 'Top'), 'B');
    Aspects.of(app).add(new SharedResponsibilityChecks());
    app.synth();
    // CDK writes its validation report whenever any plugin ran.
    expect(fs.existsSync(path.join(app.outdir, 'validation-report.json'))).toBe(false);
    expect(outcomes(readResults(app.outdir), 's3-bucket-require-tls')).toEqual({ 'Top/B': 'unconfigured' });
  });

  it('registers one when it finds a nested Stage, and the report covers it', () => {
    const app = new App();
    new s3.Bucket(new Stack(new Stage(app, 'Prod'), 'S'), 'B', { enforceSSL: true });
    Aspects.of(app).add(new SharedResponsibilityChecks());
    app.synth();
    expect(fs.existsSync(path.join(app.outdir, 'validation-report.json'))).toBe(true);
    expect(outcomes(readResults(app.outdir), 's3-bucket-require-tls')).toEqual({ 'Prod/S/B': 'configured' });
  });
});
