import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type * as sarif from 'sarif';
import { main } from '../../lib/cli';
import type { Results } from '../../lib/results';
import { HOSTILE_ID, synthReportApp } from './fixtures';

const REPO_ROOT = path.resolve(__dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-'));
const { results, cdkOut } = synthReportApp();
const errors = results.resources
  .flatMap((r) => r.duties)
  .filter((d) => (d.outcome === 'unconfigured' || d.outcome === 'unknown') && d.severity === 'error').length;

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function cli(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: tmp,
  });
  return { code, stdout, stderr };
}

function write(name: string, text: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
}

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Env: { Type: String }
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub '\${AWS::StackName}-data'
      VersioningConfiguration:
        Status: !If [IsProd, Enabled, !Ref Env]
Conditions:
  IsProd: !Equals [!Ref Env, prod]
`;

describe('render', () => {
  it('writes the Markdown summary and exits 1 when there are errors', async () => {
    const run = await cli('render', '--cdk-out', cdkOut, '--repo-root', REPO_ROOT);
    expect(run.stdout).toMatch(/^## ❌ Shared responsibility: /);
    expect(run.stdout).toContain('<code>test/report/fixtures.ts:');
    expect(run.stderr).toBe(`cdk-shared-responsibility: ${errors} findings at or above error\n`);
    expect(run.code).toBe(1);
  });

  it('exits 0 with --fail-on none, and counts warnings with --fail-on warning', async () => {
    expect((await cli('render', '--cdk-out', cdkOut, '--fail-on', 'none')).code).toBe(0);
    const warnings = results.resources
      .flatMap((r) => r.duties)
      .filter((d) => (d.outcome === 'unconfigured' || d.outcome === 'unknown') && d.severity !== 'info').length;
    expect((await cli('render', '--cdk-out', cdkOut, '--fail-on', 'warning', '--format', 'json')).stderr).toBe(
      `cdk-shared-responsibility: ${warnings} findings at or above warning\n`,
    );
  });

  it('writes SARIF, CSV and JSON to --output', async () => {
    const out = path.join(tmp, 'out', 'report.sarif');
    const run = await cli(
      'render',
      '--cdk-out',
      cdkOut,
      '--format',
      'sarif',
      '--output',
      out,
      '--fail-on',
      'none',
      '--repo-root',
      REPO_ROOT,
    );
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    const log = JSON.parse(fs.readFileSync(out, 'utf8')) as sarif.Log;
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results?.[0].locations?.[0].physicalLocation?.artifactLocation?.uriBaseId).toBe('%SRCROOT%');
    expect((await cli('render', '--cdk-out', cdkOut, '--format', 'csv', '--fail-on', 'none')).stdout).toMatch(/^construct path,stack,/);
    expect(JSON.parse((await cli('render', '--cdk-out', cdkOut, '--format', 'json', '--fail-on', 'none')).stdout)).toEqual(results);
  });

  it('fails only on findings not in the baseline', async () => {
    const same = write('baseline.json', JSON.stringify(results));
    const run = await cli('render', '--cdk-out', cdkOut, '--baseline', same);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Only new findings are counted and listed: \d+ findings were already in the baseline\./);

    const without: Results = { ...results, resources: results.resources.filter((r) => r.path !== `Review/${HOSTILE_ID}`) };
    const older = write('older.json', JSON.stringify(without));
    const fails = await cli('render', '--cdk-out', cdkOut, '--baseline', older, '--format', 'sarif');
    expect(fails.stderr).toBe('cdk-shared-responsibility: 1 new finding at or above error\n');
    expect(fails.code).toBe(1);
    const states = (JSON.parse(fails.stdout) as sarif.Log).runs[0].results?.map((r) => r.baselineState);
    expect(new Set(states)).toEqual(new Set(['new', 'unchanged']));
  });
});

describe('scan', () => {
  it('checks a YAML template with short-form tags', async () => {
    const template = write('bucket.yaml', TEMPLATE);
    const run = await cli('scan', template, '--format', 'json', '--fail-on', 'none');
    expect(run.code).toBe(0);
    const scanned = JSON.parse(run.stdout) as Results;
    const data = scanned.resources.find((r) => r.logicalId === 'Data');
    expect(data?.templateFile).toBe('bucket.yaml');
    expect(data?.duties.find((d) => d.dutyId === 's3-bucket-require-tls')?.outcome).toBe('unconfigured');
    expect(data?.duties.find((d) => d.dutyId === 's3-bucket-versioning')?.outcome).toBe('unknown');
  });

  it('points SARIF at the template, relative to the repository root', async () => {
    const template = write('bucket.yaml', TEMPLATE);
    const run = await cli('scan', 'bucket.yaml', '--format', 'sarif', '--repo-root', tmp);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^cdk-shared-responsibility: \d+ findings? at or above error\n$/);
    const result = (JSON.parse(run.stdout) as sarif.Log).runs[0].results?.find((r) => r.ruleId === 's3-bucket-require-tls');
    expect(result?.locations?.[0].physicalLocation?.artifactLocation).toEqual({ uri: 'bucket.yaml', uriBaseId: '%SRCROOT%' });
    expect(result?.relatedLocations?.[0].message?.text).toBe(`Data (AWS::S3::Bucket) in bucket.yaml`);
    expect(fs.existsSync(template)).toBe(true);
  });
});

describe('bad input', () => {
  it.each([
    [
      'a cloud assembly without results',
      ['render', '--cdk-out', 'nowhere'],
      /^no shared-responsibility\.results\.json in .*nowhere: synthesize the app/,
    ],
    ['a missing template', ['scan', 'missing.yaml'], /^no template at .*missing\.yaml$/],
    ['invalid YAML', ['scan', 'invalid.yaml'], /^.*invalid\.yaml is not valid YAML \(line \d+, column \d+\): /],
    ['a template without Resources', ['scan', 'empty.json'], /^.*empty\.json has no Resources section/],
    ['a missing baseline', ['render', '--cdk-out', '<cdkOut>', '--baseline', 'none.json'], /^no results file at .*none\.json$/],
    ['an unknown format', ['render', '--format', 'xml'], /^unknown format 'xml': expected markdown, sarif, csv or json$/],
    ['an unknown --fail-on', ['render', '--fail-on', 'critical'], /^unknown --fail-on value 'critical': expected error, warning or none$/],
    ['an unknown option', ['render', '--verbose'], /^Unknown option '--verbose'$/],
    ['an unknown command', ['lint'], /^unknown command 'lint': expected render or scan$/],
    ['no command', [], /^missing command: expected render or scan \(see --help\)$/],
    ['scan without a template', ['scan'], /^scan needs a template file/],
    ['render with a file', ['render', 'cdk.out'], /^render takes no file argument/],
  ])('fails with one line and exit code 2 on %s', async (_, argv, message) => {
    write('invalid.yaml', 'Resources:\n  B: { Type: [\n');
    write('empty.json', '{"Description": "nothing"}');
    const run = await cli(...argv.map((a) => (a === '<cdkOut>' ? cdkOut : a)));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^cdk-shared-responsibility: [^\n]+\n$/);
    expect(run.stderr.slice('cdk-shared-responsibility: '.length, -1)).toMatch(message);
  });

  it('prints usage with --help', async () => {
    const run = await cli('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('cdk-shared-responsibility render [--cdk-out <dir>]');
    expect(run.stdout).toContain('cdk-shared-responsibility scan <template.json|yaml>');
  });

  it('prints the version of package.json with --version', async () => {
    const run = await cli('--version');
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(run).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('prints one line and no stack trace as a real process', () => {
    const invalid = write('spawned.yaml', 'Resources: [\n');
    const child = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', path.join(REPO_ROOT, 'lib/cli.ts'), 'scan', invalid],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: { ...process.env, TS_NODE_PROJECT: path.join(REPO_ROOT, 'tsconfig.json') },
      },
    );
    expect(child.stderr).toMatch(/^cdk-shared-responsibility: .*spawned\.yaml is not valid YAML \(line \d+, column \d+\): [^\n]+\n$/);
    expect(child.stdout).toBe('');
    expect(child.status).toBe(2);
  });
});
