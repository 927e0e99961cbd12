import { Tags, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { renderCsv } from '../../lib/report/csv';
import { renderMarkdown } from '../../lib/report/markdown';
import { synthWithChecks } from '../harness';

const RLO = '\u202E';
const HOSTILE = `evil${RLO}gnp.exe;=HYPERLINK("http://x")<img src=x onerror=alert(1)>`;

function hostileApp() {
  return synthWithChecks((stack) => {
    const bucket = new s3.Bucket(stack, HOSTILE);
    Tags.of(bucket).add('DataClassification', `conf${RLO}idential\u2066`);
    Validations.of(bucket).acknowledge({ id: 's3-bucket-versioning', reason: `accepted ${RLO}<b>bold</b>;=1+1` });
  });
}

/** Splits a CSV line the way a spreadsheet with `;` as its separator does: quoted cells stay whole. */
function splitOnSemicolons(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') {
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = !quoted;
    } else if (c === ';' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

describe('text from the app stays inert in the reports', () => {
  const { results } = hostileApp();

  it('CSV: no cell starts a formula when the file is opened with ; as the separator', () => {
    const csv = renderCsv(results);
    expect(csv).toContain('HYPERLINK');
    for (const line of csv.split('\r\n')) {
      for (const cell of splitOnSemicolons(line)) expect(cell).not.toMatch(/^[=+\-@]/);
      for (const cell of line.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
    }
  });

  it('Markdown: HTML is escaped and bidirectional controls are shown, not applied', () => {
    const md = renderMarkdown(results, {});
    expect(md).toContain('HYPERLINK');
    expect(md).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(md).not.toMatch(/&#8238;|&#x202e;/i);
    expect(md).toContain('(U+202E)');
    expect(md).not.toMatch(/<img|<b>/);
  });
});
