import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../lib/cli';
import { RESULTS_FILE } from '../../lib/results';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-malformed-'));

async function cli(...argv: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: tmp,
  });
  return { code, stderr, stdout };
}

/** A cloud assembly whose results file holds `results`. */
function cdkOut(name: string, results: unknown): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, RESULTS_FILE), typeof results === 'string' ? results : JSON.stringify(results));
  return dir;
}

const HEAD = {
  schemaVersion: 2,
  tool: { name: 'cdk-shared-responsibility', version: '1.0.0' },
  summary: { resources: 1, byOutcome: {}, errors: 1, warnings: 0 },
  duties: {},
  resourceTypes: {},
  uncoveredTypes: [],
  uncoveredStages: [],
};
const RESOURCE = { path: 'S/B', cfnPath: 'S/B/Resource', stackPath: 'S', logicalId: 'B', type: 'AWS::S3::Bucket' };
const duty = (d: Record<string, unknown>): unknown => ({
  ...HEAD,
  resources: [{ ...RESOURCE, duties: [{ dutyId: 'x', outcome: 'unconfigured', severity: 'error', ...d }] }],
});

describe('the CLI on malformed input exits 2 with one line', () => {
  it('refuses a YAML alias bomb', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [prev, cur] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
      ['f', 'g'],
    ]) {
      levels.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const file = path.join(tmp, 'bomb.yaml');
    fs.writeFileSync(file, `${levels.join('\n')}\nResources: *g\n`);
    const run = await cli('scan', file);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^cdk-shared-responsibility: .*bomb\.yaml cannot be read as YAML: .*alias/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each<[string, unknown, RegExp]>([
    ['an unknown severity', duty({ severity: 'fatal' }), /duties\[0\]\.severity is 'fatal'; expected one of error, warning, info/],
    ['an unknown outcome', duty({ outcome: 'passed' }), /duties\[0\]\.outcome is 'passed'/],
    ['a null resource', { ...HEAD, resources: [null] }, /resources\[0\] is not an object/],
    ['a resource without duties', { ...HEAD, resources: [RESOURCE] }, /resources\[0\]\.duties must be a list/],
    ['no tool', { ...HEAD, tool: undefined, resources: [] }, /tool must name the tool/],
    ['a future schema', { ...HEAD, schemaVersion: 3, resources: [] }, /schemaVersion 3/],
    ['a schema version that is text', { ...HEAD, schemaVersion: '2', resources: [] }, /not a shared-responsibility results file/],
    ['truncated JSON', '{"schemaVersion": 2, "resources": [', /not valid JSON/],
  ])('refuses a results file with %s', async (name, results, message) => {
    for (const format of ['markdown', 'csv', 'sarif', 'json']) {
      const run = await cli('render', '--cdk-out', cdkOut(name.replace(/\W/g, '-'), results), '--format', format);
      expect([format, run.code]).toEqual([format, 2]);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('refuses an unknown severity in a baseline too, rather than count it as a pass', async () => {
    const good = cdkOut('good', duty({}));
    const baseline = path.join(cdkOut('bad-baseline', duty({ severity: 'critical' })), RESULTS_FILE);
    const run = await cli('render', '--cdk-out', good, '--baseline', baseline);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/severity is 'critical'/);
  });
});
