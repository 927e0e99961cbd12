import { consoleOutput, type Form, MEASURED_APPS } from './console-size';

// Console bytes per finding on the example apps and the insecure test apps, ours in both forms
// against cdk-nag 3's AwsSolutionsChecks plugin on the same apps. The table is printed so the
// numbers can be quoted; the test fails when either of our forms grows past cdk-nag's.
describe('console output per finding, against cdk-nag', () => {
  const FORMS: readonly Form[] = ['aspect', 'plugin', 'cdk-nag'];
  const total: Record<Form, { bytes: number; findings: number }> = {
    aspect: { bytes: 0, findings: 0 },
    plugin: { bytes: 0, findings: 0 },
    'cdk-nag': { bytes: 0, findings: 0 },
  };
  const rows: string[] = [];

  beforeAll(() => {
    for (const measured of MEASURED_APPS) {
      const cells = FORMS.map((form) => {
        const out = consoleOutput(measured, form);
        const bytes = Buffer.byteLength(out.text);
        total[form].bytes += bytes;
        total[form].findings += out.findings;
        return `${form} ${bytes} B / ${out.findings} = ${Math.round(bytes / Math.max(1, out.findings))}`;
      });
      rows.push(`${measured.name}: ${cells.join(' | ')}`);
    }
    const perFinding = (f: Form) => Math.round(total[f].bytes / total[f].findings);
    rows.push(`all apps: ${FORMS.map((f) => `${f} ${perFinding(f)} B per finding`).join(' | ')}`);
    process.stdout.write(`${rows.join('\n')}\n`);
  }, 300_000);

  const perFinding = (f: Form) => total[f].bytes / total[f].findings;

  it('finds findings in every form (so the ratio means something)', () => {
    for (const f of FORMS) expect(total[f].findings).toBeGreaterThan(100);
  });

  it('prints no more bytes per finding than cdk-nag with the aspect', () => {
    expect(perFinding('aspect')).toBeLessThanOrEqual(perFinding('cdk-nag'));
  });

  // CDK's validation report frames each plugin violation with the plugin name twice
  // (`(SharedResponsibility)`, `Acknowledge with 'SharedResponsibility::<id>'`): our description
  // (what is wrong and the fix, the props to set) stays short enough to hold the plugin under cdk-nag too.
  it('prints no more bytes per finding than cdk-nag with the plugin', () => {
    expect(perFinding('plugin')).toBeLessThanOrEqual(perFinding('cdk-nag'));
  });
});
