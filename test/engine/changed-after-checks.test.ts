import * as fs from 'fs';
import * as path from 'path';
import { App, DefaultStackSynthesizer, Lazy, Stack, Stage, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { SharedResponsibilityPlugin } from '../../lib';
import { synthApp } from '../../lib/testing';
import { dutyResult, synthWithChecks } from '../harness';

/**
 * A stack synthesizer the checks cannot hook (a frozen object): the aspect then judges in CDK's tree
 * validation, before later construct validations, and the comparison is what tells the user.
 */
class FrozenSynthesizer extends DefaultStackSynthesizer {
  public bind(stack: Stack): void {
    super.bind(stack);
    Object.freeze(this);
  }
}

/**
 * CDK's validation report of a synth, as written in the cloud assembly. The tests turn CDK's
 * built-in validation off (test/setup-env.ts), so a no-op plugin stands for it: the comparison runs
 * only when CDK runs validation plugins anyway.
 */
function changeWarnings(
  build: (stack: Stack) => void,
  opts: { frozen?: boolean } = {},
): { warnings: string[]; template: Template; versioning?: string } {
  const app = new App();
  const stack = new Stack(app, 'Stack', {
    env: { account: '111111111111', region: 'us-east-1' },
    ...(opts.frozen ? { synthesizer: new FrozenSynthesizer() } : {}),
  });
  Validations.of(app).addPlugins({ name: 'Noop', validate: () => ({ success: true, violations: [] }) });
  build(stack);
  const { results } = synthApp(app);
  const assembly = app.synth();
  const report = JSON.parse(fs.readFileSync(path.join(assembly.directory, 'validation-report.json'), 'utf8')) as {
    pluginReports: { summary: { pluginName: string }; violations: { ruleName: string; description: string }[] }[];
  };
  const warnings = report.pluginReports
    .flatMap((r) => r.violations)
    .filter((v) => v.ruleName === 'changed-after-checks')
    .map((v) => v.description);
  const template = JSON.parse(fs.readFileSync(path.join(assembly.directory, stack.templateFile), 'utf8')) as Template;
  const bucket = results.resources.find((r) => r.type === 'AWS::S3::Bucket');
  return { warnings, template, versioning: bucket?.duties.find((d) => d.dutyId === 's3-bucket-versioning')?.outcome };
}

type Template = { Resources: Record<string, { Type: string; Properties?: { VersioningConfiguration?: { Status?: string } } }> };

function writtenVersioning(template: Template): (string | undefined)[] {
  return Object.values(template.Resources)
    .filter((r) => r.Type === 'AWS::S3::Bucket')
    .map((r) => r.Properties?.VersioningConfiguration?.Status);
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
    expect(changeWarnings((s) => new s3.Bucket(s, 'Bucket', { enforceSSL: true, versioned: true })).warnings).toEqual([]);
  });

  it('judges the change a later construct validation makes: the checks run when the stacks are synthesized', () => {
    const { warnings, template, versioning } = changeWarnings((s) => {
      const bucket = new s3.Bucket(s, 'Bucket', { enforceSSL: true, versioned: true });
      new LateChange(s, 'Late', bucket);
    });
    expect(warnings).toEqual([]);
    expect(versioning).toBe('unconfigured');
    expect(writtenVersioning(template)).toEqual(['Suspended']);
  });

  it('writes an uncached Lazy as it was judged, not as a second resolution gives it', () => {
    let resolutions = 0;
    const { warnings, template, versioning } = changeWarnings((s) => {
      new s3.CfnBucket(s, 'Raw', {
        versioningConfiguration: { status: Lazy.uncachedString({ produce: () => (++resolutions === 1 ? 'Enabled' : 'Suspended') }) },
      });
    });
    // CDK resolves the app more than once (references first): the value differs with each resolution,
    // yet the template says what the checks judged.
    expect(resolutions).toBeGreaterThan(1);
    expect(warnings).toEqual([]);
    const written = writtenVersioning(template);
    expect({ versioning, written }).toEqual({
      versioning: written[0] === 'Enabled' ? 'configured' : 'unconfigured',
      written: ['Suspended'],
    });
  });

  it('warns, where the synthesizer cannot be hooked, about a resource a later construct validation changed, naming it and the plugin', () => {
    const { warnings, versioning } = changeWarnings(
      (s) => {
        const bucket = new s3.Bucket(s, 'Bucket', { enforceSSL: true, versioned: true });
        new LateChange(s, 'Late', bucket);
      },
      { frozen: true },
    );
    expect(versioning).toBe('configured');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^AWS::S3::Bucket Bucket\w+ changed after SharedResponsibilityChecks judged it/);
    expect(warnings[0]).toContain('Use SharedResponsibilityPlugin');
  });

  it('warns, where the synthesizer cannot be hooked, about a resource whose uncached Lazy resolves differently for the template', () => {
    // The Lazy reads state that a later construct validation changes: each resolution sees the state of its moment.
    let late = false;
    const { warnings } = changeWarnings(
      (s) => {
        new s3.CfnBucket(s, 'Raw', {
          versioningConfiguration: { status: Lazy.uncachedString({ produce: () => (late ? 'Suspended' : 'Enabled') }) },
        });
        new Construct(s, 'Late').node.addValidation({
          validate: () => {
            late = true;
            return [];
          },
        });
      },
      { frozen: true },
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('AWS::S3::Bucket Raw changed after');
  });

  it('checks the resources of an App whose nested Stage the plugin judges from templates (no warning there)', () => {
    const { warnings } = changeWarnings((s) => {
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
    const app = new App();
    const stack = new Stack(app, 'Stack', { synthesizer: new FrozenSynthesizer() });
    const bucket = new s3.Bucket(stack, 'Bucket', { enforceSSL: true, versioned: true });
    new LateChange(stack, 'Late', bucket);
    const { results } = synthApp(app);
    expect(fs.existsSync(path.join(app.outdir, 'validation-report.json'))).toBe(false);
    expect(results.skipped).toContainEqual({ path: '', reason: expect.stringMatching(/^the written templates were not compared/) });
  });

  it('is not needed, and not said, when every resource is written as it was judged', () => {
    const { app, results } = synthWithChecks((s) => {
      const bucket = new s3.Bucket(s, 'Bucket', { enforceSSL: true, versioned: true });
      new LateChange(s, 'Late', bucket);
    });
    expect(fs.existsSync(path.join(app.outdir, 'validation-report.json'))).toBe(false);
    expect(results.skipped ?? []).not.toContainEqual(expect.objectContaining({ reason: expect.stringMatching(/not compared/) }));
    expect(dutyResult(results, 'Bucket', 's3-bucket-versioning')?.outcome).toBe('unconfigured');
  });

  it('leaves no such entry in the results when the comparison is made', () => {
    const { results } = synthWithChecks((stack) => {
      Validations.of(stack.node.root).addPlugins({ name: 'Noop', validate: () => ({ success: true, violations: [] }) });
      new s3.Bucket(stack, 'Bucket', { enforceSSL: true });
    });
    expect(results.skipped ?? []).not.toContainEqual(expect.objectContaining({ reason: expect.stringMatching(/not compared/) }));
  });
});
