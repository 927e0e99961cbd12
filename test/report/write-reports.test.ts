import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Aspects, Stack } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { SharedResponsibilityChecks } from '../../lib';
import { REPORT_FILES, writeReports } from '../../lib/report';
import { synthReportApp } from './fixtures';

describe('writeReports', () => {
  const { results, cdkOut } = synthReportApp();
  const repoRoot = path.resolve(__dirname, '../..');

  it('writes the chosen reports beside the results file, and no temporary files', () => {
    writeReports(results, cdkOut, ['markdown', 'sarif', 'csv'], repoRoot);
    const files = fs.readdirSync(cdkOut);
    expect(files).toEqual(
      expect.arrayContaining([
        'shared-responsibility.results.json',
        'shared-responsibility.md',
        'shared-responsibility.sarif',
        'shared-responsibility.csv',
      ]),
    );
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(fs.readFileSync(path.join(cdkOut, REPORT_FILES.markdown), 'utf8')).toMatch(/^## ❌ Shared responsibility/);
    expect(fs.readFileSync(path.join(cdkOut, REPORT_FILES.csv), 'utf8')).toMatch(/^construct path,/);
    const sarif = JSON.parse(fs.readFileSync(path.join(cdkOut, REPORT_FILES.sarif), 'utf8'));
    const related = sarif.runs[0].results.find((r: { relatedLocations?: unknown[] }) => r.relatedLocations).relatedLocations[0];
    expect(fs.existsSync(new URL(related.physicalLocation.artifactLocation.uri))).toBe(true);
  });

  it('writes only the formats asked for', () => {
    const dir = fs.mkdtempSync(path.join(cdkOut, 'only-csv-'));
    writeReports(results, dir, ['csv'], repoRoot);
    expect(fs.readdirSync(dir)).toEqual(['shared-responsibility.csv']);
  });
});

describe('reports turned off', () => {
  /** Synthesizes the same app into the same cloud assembly directory with the given options. */
  function synthInto(outdir: string, props: ConstructorParameters<typeof SharedResponsibilityChecks>[0]): void {
    const app = new App({ outdir });
    new s3.Bucket(new Stack(app, 'S'), 'B', { enforceSSL: true });
    Aspects.of(app).add(new SharedResponsibilityChecks(props));
    app.synth();
  }
  const all = Object.values(REPORT_FILES);

  it("leave none of the last run's reports in the cloud assembly", () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'stale-reports-'));
    synthInto(outdir, { reports: ['markdown', 'sarif', 'csv'] });
    expect(all.filter((f) => fs.existsSync(path.join(outdir, f)))).toEqual(all);
    synthInto(outdir, { reports: ['sarif'] });
    expect(all.filter((f) => fs.existsSync(path.join(outdir, f)))).toEqual([REPORT_FILES.sarif]);
    synthInto(outdir, {});
    expect(all.filter((f) => fs.existsSync(path.join(outdir, f)))).toEqual([]);
  });

  it('leave none with the results file turned off either', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'stale-reports-'));
    synthInto(outdir, { reports: ['markdown'] });
    synthInto(outdir, { reports: ['markdown'], resultsFile: false });
    expect(all.filter((f) => fs.existsSync(path.join(outdir, f)))).toEqual([]);
  });
});
