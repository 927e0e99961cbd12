import { renderMarkdown } from '../../lib/report';
import { esc } from '../../lib/report/markdown-format';
import { ATTESTATION_EVIDENCE, dutyAt, HOSTILE_ID, manyResources, synthReportApp, WAIVER_REASON } from './fixtures';

const { results } = synthReportApp();
const MIB = 1024 * 1024;

describe('renderMarkdown', () => {
  const md = renderMarkdown(results, { repoRoot: `${__dirname}/../..` });

  it('opens with a headline of errors, warnings, unknown, waived and attestations', () => {
    const count = (outcome: string, severity?: string): number =>
      results.resources.flatMap((r) => r.duties).filter((d) => d.outcome === outcome && (severity === undefined || d.severity === severity))
        .length;
    expect(md.split('\n')[0]).toBe(
      `## ❌ Shared responsibility: ${count('unconfigured', 'error')} errors · ${count('unconfigured', 'warning')} warnings · ` +
        `${count('unknown')} unknown · ${count('unconfigured', 'info')} info · ${count('waived')} waived · ${count('needs-attestation')} need attestation`,
    );
    expect(count('unconfigured', 'error')).toBeGreaterThan(1);
    expect(count('needs-attestation')).toBeGreaterThan(1);
  });

  it('totals every duty outcome by category', () => {
    const totals = md.slice(md.indexOf('### Totals'), md.indexOf('<details'));
    for (const category of ['data-protection', 'identity-and-access', 'resilience']) expect(totals).toContain(`| ${category} |`);
    const all = results.resources.reduce((n, r) => n + r.duties.length, 0);
    const allRow = totals.split('\n').find((l) => l.startsWith('| <strong>all</strong>')) ?? '';
    expect(
      allRow
        .split('|')
        .slice(2, -1)
        .reduce((n, c) => n + Number(c), 0),
    ).toBe(all);
  });

  it('lists errors before warnings before unknown, each with path, source line, detail and fix', () => {
    const order = ['❌ Errors', '⚠️ Warnings', '❓ Unknown', 'ℹ️ Info'].map((t) => md.indexOf(t));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const errors = md.slice(order[0], order[1]);
    expect(errors).toContain('<code>s3-bucket-require-tls</code></strong> on <code>Review/');
    expect(errors).toMatch(/at <code>test\/report\/fixtures\.ts:\d+<\/code>/);
    expect(errors).toContain('The bucket has no bucket policy');
    expect(errors).toContain('<strong>Fix:</strong> <code>new s3.Bucket(this, id, {');
    expect(errors).toContain('Controls: FSBP S3.5');
  });

  it('shows the unknown outcome of a duty that depends on a CfnParameter, without repeating the controls', () => {
    expect(dutyAt(results, 'Review/ParamBucket', 's3-bucket-versioning').outcome).toBe('unknown');
    const unknown = md.slice(md.indexOf('❓ Unknown'), md.indexOf('ℹ️ Info'));
    const item = unknown.split('\n- ').find((i) => i.includes('<code>Review/ParamBucket</code>')) ?? '';
    expect(item).toContain('<code>s3-bucket-versioning</code>');
    expect(item).toContain('Cannot decide');
    expect(item.match(/Controls:/g)).toHaveLength(1);
  });

  it('keeps waivers with their reason and where they were acknowledged', () => {
    const waived = md.slice(md.indexOf('🔕 Waived'));
    expect(waived).toContain(
      `| <code>s3-bucket-require-tls</code> | <code>Review/Website</code> | ${esc(WAIVER_REASON)} | <code>Review/Website</code> | unconfigured |`,
    );
  });

  it('lists attestations needed and given, with the evidence', () => {
    expect(dutyAt(results, '', 'account-guardduty-enabled').outcome).toBe('attested');
    const section = md.slice(md.indexOf('📝 Attestations'), md.indexOf('Responsibility matrix'));
    expect(section).toMatch(/\| <code>account-config-recording<\/code> \| \(account and Region\) \| No AWS Config configuration recorder/);
    expect(section).toContain(
      `| <code>account-guardduty-enabled</code> | (account and Region) | ${esc(ATTESTATION_EVIDENCE)} | (whole app) | 2099-12-31 |`,
    );
  });

  it('shows the responsibility matrix per stack, with what AWS covers and each duty, collapsed', () => {
    const matrix = md.slice(md.indexOf('Responsibility matrix'));
    expect(matrix).toContain('<details><summary>Stack <code>Review</code>');
    expect(matrix).toContain('<details><summary>Stack <code>WebService</code>');
    const bucket = matrix.slice(matrix.indexOf('<code>WebService/AccessLogs</code> · AWS::S3::Bucket'));
    expect(bucket).toMatch(/^[^\n]*<\/summary>\n\n<strong>AWS covers<\/strong> \(abstracted service\): AWS operates/);
    expect(bucket).toContain('| <code>s3-bucket-require-tls</code> | data-protection | ✅ configured |');
    expect(md.match(/<details/g)?.length).toBe(md.match(/<\/details>/g)?.length);
  });

  it('escapes construct paths and reasons so they cannot open HTML, Markdown or mentions', () => {
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<ADR-7>');
    expect(md).not.toContain('*bucket*');
    expect(md).not.toMatch(/@team/);
    expect(md).toContain(`<code>Review/${esc(HOSTILE_ID)}</code>`);
    expect(esc('a|b\nc')).toBe('a&#124;b c');
  });

  it('says how many findings the baseline already had, and lists only new ones', () => {
    const withBaseline = renderMarkdown(results, { baseline: results });
    expect(withBaseline.split('\n')[0]).toContain('0 errors · 0 warnings · 0 unknown · 0 info');
    const total = results.resources.flatMap((r) => r.duties).filter((d) => d.outcome === 'unconfigured' || d.outcome === 'unknown').length;
    expect(withBaseline).toContain(`Only new findings are counted and listed: ${total} findings were already in the baseline.`);
    expect(withBaseline).not.toContain('❌ Errors');
  });

  it('stays under 1 MiB with 5,000 resources by summarising, and says so', () => {
    const huge = manyResources(results, 5000);
    const started = Date.now();
    const big = renderMarkdown(huge);
    const elapsed = Date.now() - started;
    const size = Buffer.byteLength(big, 'utf8');
    expect(size).toBeLessThan(900 * 1024);
    expect(size).toBeLessThan(MIB);
    expect(big).toContain('> **Summarised:** the full report would be larger than 900 KiB');
    expect(big).toContain('<strong>Responsibility matrix</strong>: counts per stack and per duty');
    expect(big).toContain('| <code>Stack49</code> | 100 |');
    expect(big.split('\n')[0]).toMatch(/^## ❌ Shared responsibility: \d{3,} errors/);
    expect(elapsed).toBeLessThan(5000);
  });

  it('keeps the detail while it fits the budget', () => {
    expect(md).not.toContain('Summarised');
    const tight = renderMarkdown(results, { budgetBytes: Buffer.byteLength(md) - 1 });
    expect(tight).toContain('> **Summarised:**');
    expect(tight).toContain('❌ Errors');
  });
});
