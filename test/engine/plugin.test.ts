import * as fs from 'fs';
import * as path from 'path';
import { App, Aspects, Stack, Stage, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { SharedResponsibilityChecks, SharedResponsibilityPlugin } from '../../lib';
import { RESULTS_FILE, type Results } from '../../lib/results';

const TLS = 's3-bucket-require-tls';

interface ReportViolation {
  readonly ruleName: string;
  readonly description: string;
  readonly violatingConstructs: { readonly constructPath: string }[];
}

function pluginReports(app: App): { pluginName: string; violations: ReportViolation[] }[] {
  return JSON.parse(fs.readFileSync(path.join(app.outdir, 'validation-report.json'), 'utf8')).pluginReports;
}

function tlsViolations(app: App): ReportViolation[] {
  return pluginReports(app)
    .filter((r) => r.pluginName === 'SharedResponsibility')
    .flatMap((r) => r.violations)
    .filter((v) => v.ruleName.endsWith(TLS));
}

function results(app: App): Results {
  return JSON.parse(fs.readFileSync(path.join(app.outdir, RESULTS_FILE), 'utf8')) as Results;
}

describe('SharedResponsibilityPlugin', () => {
  it('fails synth through CDK validation report with the duty id as rule name', () => {
    const app = new App();
    new s3.Bucket(new Stack(app, 'S'), 'B');
    Validations.of(app).addPlugins(new SharedResponsibilityPlugin());
    expect(() => app.synth()).toThrow(new RegExp(`${TLS}[\\s\\S]*S/B`));
    expect(
      results(app)
        .resources.find((r) => r.path === 'S/B')
        ?.duties.find((d) => d.dutyId === TLS)?.outcome,
    ).toBe('unconfigured');
  });

  it('ties a bucket policy of another stack to its bucket through the export CDK writes, as the aspect does', () => {
    const app = new App();
    const bucket = new s3.Bucket(new Stack(app, 'Data'), 'B', { enforceSSL: true });
    new s3.BucketPolicy(new Stack(app, 'Consumer'), 'Second', { bucket }).document.addStatements(
      new iam.PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [bucket.arnForObjects('*')],
        principals: [new iam.AccountRootPrincipal()],
      }),
    );
    Validations.of(app).addPlugins(new SharedResponsibilityPlugin());
    expect(() => app.synth()).toThrow(/s3-bucket-single-bucket-policy/);
    expect(
      results(app)
        .resources.find((r) => r.path === 'Data/B')
        ?.duties.find((d) => d.dutyId === 's3-bucket-single-bucket-policy')?.outcome,
    ).toBe('unconfigured');
  });

  it('covers stacks in Stages and honours acknowledgements in both id forms', () => {
    const app = new App();
    const stage = new Stage(app, 'Prod');
    const stack = new Stack(stage, 'S');
    Validations.of(new s3.Bucket(stack, 'A')).acknowledge({ id: TLS, reason: 'plain id' });
    Validations.of(new s3.Bucket(stack, 'B')).acknowledge({ id: `SharedResponsibility::${TLS}`, reason: 'plugin id' });
    Validations.of(app).addPlugins(new SharedResponsibilityPlugin());
    app.synth();
    const waived = results(app).resources.map((r) => [r.path, r.duties.find((d) => d.dutyId === TLS)?.waiver?.reason]);
    expect(waived).toEqual(
      expect.arrayContaining([
        ['Prod/S/A', 'plain id'],
        ['Prod/S/B', 'plugin id'],
      ]),
    );
  });

  it("reports errors and warnings in CDK's report; info findings only in the results", () => {
    const app = new App();
    new s3.Bucket(new Stack(app, 'S'), 'B', { enforceSSL: true });
    Validations.of(app).addPlugins(new SharedResponsibilityPlugin());
    app.synth();
    const report = fs.readFileSync(path.join(app.outdir, 'validation-report.json'), 'utf8');
    const bucket = results(app).resources.find((r) => r.path === 'S/B')!;
    const reported = (severity: string) =>
      bucket.duties.filter((d) => d.outcome === 'unconfigured' && d.severity === severity).map((d) => d.dutyId);
    expect(reported('warning').length).toBeGreaterThan(0);
    expect(reported('info').length).toBeGreaterThan(0);
    for (const id of reported('warning')) expect(report).toContain(`"${id}"`);
    for (const id of reported('info')) expect(report).not.toContain(`"${id}"`);
  });

  it('names no construct path for a finding in a nested Stage, so the CLI keeps it whichever stacks it selected', () => {
    const app = new App();
    new s3.Bucket(new Stack(app, 'Top'), 'B');
    new s3.Bucket(new Stack(new Stage(app, 'Prod'), 'S'), 'B');
    Validations.of(app).addPlugins(new SharedResponsibilityPlugin({ severityOverrides: { [TLS]: 'warning' } }));
    app.synth();
    const violations = tlsViolations(app);
    expect(violations.map((v) => [v.description.split(':')[0], v.violatingConstructs.map((c) => c.constructPath)])).toEqual(
      expect.arrayContaining([
        ['Prod/S/B', ['']],
        ['The bucket has no bucket policy. Fix', ['Top/B']],
      ]),
    );
  });

  it('says once that the aspect is added too, and reports each finding once', () => {
    const app = new App();
    new s3.Bucket(new Stack(app, 'Top'), 'B');
    new s3.Bucket(new Stack(new Stage(app, 'Prod'), 'S'), 'B');
    const options = { severityOverrides: { [TLS]: 'warning' as const } };
    Aspects.of(app).add(new SharedResponsibilityChecks(options));
    Validations.of(app).addPlugins(new SharedResponsibilityPlugin(options));
    app.synth();
    const plugin = pluginReports(app).flatMap((r) => r.violations);
    expect(plugin.filter((v) => v.ruleName.endsWith('aspect-and-plugin'))).toHaveLength(1);
    expect(tlsViolations(app).map((v) => v.description.split(':')[0])).toEqual(['Prod/S/B']);
    const annotated = app.node.findAll().flatMap((c) => c.node.metadata.filter((m) => String(m.data).includes(`[${TLS}]`)));
    expect(annotated).toHaveLength(1);
    expect(results(app).resources.map((r) => r.path)).toEqual(expect.arrayContaining(['Top/B', 'Prod/S/B']));
  });

  it('does not fail on warnings unless asked', () => {
    const build = (failOnWarnings: boolean) => {
      const app = new App();
      new s3.Bucket(new Stack(app, 'S'), 'B');
      Validations.of(app).addPlugins(new SharedResponsibilityPlugin({ severityOverrides: { [TLS]: 'warning' }, failOnWarnings }));
      return () => app.synth();
    };
    expect(build(false)).not.toThrow();
    expect(build(true)).toThrow(new RegExp(TLS));
  });
});
