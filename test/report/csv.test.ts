import * as path from 'path';
import { csvCell, renderCsv } from '../../lib/report';
import { ATTESTATION_EVIDENCE, FIXTURES_FILE, HOSTILE_ID, lineOf, synthReportApp, WAIVER_REASON } from './fixtures';

/** An RFC 4180 reader, to read back what the renderer wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+2', "'=1+2"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindented', "'\tindented"],
    ['=HYPERLINK("x","y")', '"\'=HYPERLINK(""x"",""y"")"'],
    ['a=b', 'a=b'],
  ])('writes %j as %s', (value, cell) => expect(csvCell(value)).toBe(cell));
});

describe('renderCsv', () => {
  const { results } = synthReportApp();
  const csv = renderCsv(results, { repoRoot: path.resolve(__dirname, '../..') });
  const [header, ...rows] = parseCsv(csv);
  const col = (name: string): number => header.indexOf(name);
  const rowFor = (constructPath: string, dutyId: string): string[] => {
    const found = rows.find((r) => r[col('construct path')] === constructPath && r[col('duty')] === dutyId);
    if (!found) throw new Error(`no row for ${dutyId} on ${constructPath}`);
    return found;
  };

  it('has one row per resource and duty, with CRLF line ends', () => {
    expect(header).toEqual([
      'construct path',
      'stack',
      'logical id',
      'resource type',
      'service model',
      'duty',
      'category',
      'outcome',
      'severity',
      'FSBP controls',
      'NIST 800-53 controls',
      'detail',
      'waiver reason',
      'attestation evidence',
      'source',
      'cdk-nag rules',
    ]);
    expect(rows).toHaveLength(results.resources.reduce((n, r) => n + r.duties.length, 0));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });

  it('gives controls, detail and source for a finding', () => {
    const open = rowFor(`Review/${HOSTILE_ID}`, 's3-bucket-require-tls');
    expect(open[col('outcome')]).toBe('unconfigured');
    expect(open[col('severity')]).toBe('error');
    expect(open[col('FSBP controls')]).toBe('S3.5');
    expect(open[col('NIST 800-53 controls')]).toContain('SC-8; SC-8(1)');
    expect(open[col('detail')]).toMatch(/^The bucket has no bucket policy/);
    expect(open[col('source')]).toBe(`test/report/fixtures.ts:${lineOf(FIXTURES_FILE, 'new s3.Bucket(review, HOSTILE_ID)')}`);
    expect(open[col('resource type')]).toBe('AWS::S3::Bucket');
    expect(open[col('cdk-nag rules')]).toBe('AwsSolutions-S10; NIST.800.53.R5-S3BucketSSLRequestsOnly');
  });

  it('keeps the waiver reason and the attestation evidence, formulas neutralised', () => {
    expect(rowFor('Review/Website', 's3-bucket-require-tls')[col('waiver reason')]).toBe(WAIVER_REASON);
    const attested = rowFor('', 'account-guardduty-enabled');
    expect(attested[col('outcome')]).toBe('attested');
    expect(attested[col('attestation evidence')]).toBe(`'${ATTESTATION_EVIDENCE}`);
  });

  it('leaves no cell that a spreadsheet would run as a formula', () => {
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(rows.flat().filter((cell) => cell.startsWith("'="))).toEqual([`'${ATTESTATION_EVIDENCE}`]);
  });
});
