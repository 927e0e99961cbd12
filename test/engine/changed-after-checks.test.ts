import * as fs from 'fs';
import * as path from 'path';
import { App, Lazy, Stack, Stage, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { SharedResponsibilityPlugin } from '../../lib';
import { synthWithChecks } from '../harness';

/**
 * CDK's validation report of a synth, as written in the cloud assembly. The tests turn CDK's
 * built-in validation off (test/setup-env.ts), so a no-op plugin stands for it: the comparison runs
 * only when CDK runs validation plugins anyway.
 */
function changeWarnings(build: (stack: Stack) => void): string[] {
  const { app } = synthWithChecks((stack) => {
    Validations.of(stack.node.root).addPlugins({ name: 'Noop', validate: () => ({ success: true, violations: [] }) });
    build(stack);
  });
  const assembly = app.synth();
  const report = JSON.parse(fs.readFileSync(path.join(assembly.directory, 'validation-report.json'), 'utf8')) as {
    pluginReports: { summary: { pluginName: string }; violations: { ruleName: string; description: string }[] }[];
  };
  return report.pluginReports
    .flatMap((r) => r.violations)
    .filter((v) => v.ruleName === 'changed-after-checks')
    .map((v) => v.description);
}

/** A construct whose validation, run after the checks' (CDK validates in tree order), suspends a bucket's versioning. */
class LateChange extends Construct {
  constructor(scope: Construct, id: string, bucket: s3.Bucket) {
    super(scope, id);
    this.node.addValidation({
      validate: () => {
        (bucket.node.defaultChild as s3.CfnBucket).addPropertyOverride('VersioningConfiguration.Status', 'Suspended');
        return [];
      },
    });
  }
}

describe('a resource that changes after the aspect judged it', () => {
  it('says nothing when every judged resource is written as it was judged', () => {
    expect(changeWarnings((s) => new s3.Bucket(s, 'Bucket', { enforceSSL: true, versioned: true }))).toEqual([]);
  });

  it('warns about a resource a later construct validation changed, naming it and the plugin', () => {
    const warnings = changeWarnings((s) => {
      const bucket = new s3.Bucket(s, 'Bucket', { enforceSSL: true, versioned: true });
      new LateChange(s, 'Late', bucket);
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^AWS::S3::Bucket Bucket\w+ changed after SharedResponsibilityChecks judged it/);
    expect(warnings[0]).toContain('Use SharedResponsibilityPlugin');
  });

  it('warns about a resource whose uncached Lazy resolves differently for the template', () => {
    // The Lazy reads state that a later construct validation changes: each resolution sees the state of its moment.
    let late = false;
    const warnings = changeWarnings((s) => {
      new s3.CfnBucket(s, 'Raw', {
        versioningConfiguration: { status: Lazy.uncachedString({ produce: () => (late ? 'Suspended' : 'Enabled') }) },
      });
      new Construct(s, 'Late').node.addValidation({
        validate: () => {
          late = true;
          return [];
        },
      });
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('AWS::S3::Bucket Raw changed after');
  });

  it('checks the resources of an App whose nested Stage the plugin judges from templates (no warning there)', () => {
    const warnings = changeWarnings((s) => {
      new s3.Bucket(s, 'Bucket', { enforceSSL: true });
      new s3.Bucket(new Stack(new Stage(s.node.root as Construct, 'Prod'), 'Data'), 'Other', { enforceSSL: true });
    });
    expect(warnings).toEqual([]);
  });

  it('is not needed with the plugin, which judges the written templates: the late change is judged', () => {
    const app = new App();
    const stack = new Stack(app, 'S');
    const bucket = new s3.Bucket(stack, 'Bucket', { enforceSSL: true, versioned: true });
    new LateChange(stack, 'Late', bucket);
    Validations.of(app).addPlugins(new SharedResponsibilityPlugin({ reports: [] }));
    const assembly = app.synth();
    const results = JSON.parse(fs.readFileSync(path.join(assembly.directory, 'shared-responsibility.results.json'), 'utf8')) as {
      resources: { type: string; duties: { dutyId: string; outcome: string }[] }[];
    };
    const versioning = results.resources.find((r) => r.type === 'AWS::S3::Bucket')!.duties.find((d) => d.dutyId === 's3-bucket-versioning');
    expect(versioning?.outcome).toBe('unconfigured');
  });

  it('is not made when CDK runs no validation plugin (its built-in validation off, none added), and the results say so', () => {
    const { app, results } = synthWithChecks((s) => {
      const bucket = new s3.Bucket(s, 'Bucket', { enforceSSL: true, versioned: true });
      new LateChange(s, 'Late', bucket);
    });
    expect(fs.existsSync(path.join(app.outdir, 'validation-report.json'))).toBe(false);
    expect(results.skipped).toContainEqual({ path: '', reason: expect.stringMatching(/^the written templates were not compared/) });
  });

  it('leaves no such entry in the results when the comparison is made', () => {
    const { results } = synthWithChecks((stack) => {
      Validations.of(stack.node.root).addPlugins({ name: 'Noop', validate: () => ({ success: true, violations: [] }) });
      new s3.Bucket(stack, 'Bucket', { enforceSSL: true });
    });
    expect(results.skipped ?? []).not.toContainEqual(expect.objectContaining({ reason: expect.stringMatching(/not compared/) }));
  });
});
