import * as fs from 'fs';
import * as path from 'path';
import { App, Stack, Stage, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { SharedResponsibilityPlugin } from '../../lib';
import { RESULTS_FILE, type Results } from '../../lib/results';

const TLS = 's3-bucket-require-tls';

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

  it("reports every finding in CDK's report at its severity, info included", () => {
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
    for (const id of reported('info')) expect(report).toContain(`"${id}"`);
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
