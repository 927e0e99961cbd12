import * as fs from 'fs';
import * as path from 'path';
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
