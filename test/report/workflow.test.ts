import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { type Invocation, parseCommandLine } from '../../lib/cli';

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, string>;
  readonly 'continue-on-error'?: boolean;
  readonly id?: string;
  readonly if?: string;
  readonly env?: Record<string, string>;
}

const workflow = parse(fs.readFileSync(path.resolve(__dirname, '../../examples/github-workflow.yml'), 'utf8')) as {
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
  env: Record<string, string>;
};
const steps = Object.values(workflow.jobs)[0].steps;

/** The CLI invocations in a step's script, with shell quoting and redirection stripped, and the baseline array expanded. */
function invocations(step: Step): Invocation[] {
  return (step.run ?? '')
    .split('\n')
    .filter((line) => line.includes('npx cdk-shared-responsibility'))
    .map((line) => {
      const words = line
        .slice(line.indexOf('npx cdk-shared-responsibility') + 'npx cdk-shared-responsibility'.length)
        .split(/\s>>?\s/)[0]
        .trim()
        .split(/\s+/);
      const argv = words.flatMap((w) => (w === '"${baseline[@]}"' ? ['--baseline', 'baseline.json'] : [w.replace(/^"|"$/g, '')]));
      const parsed = parseCommandLine(argv, '/repo');
      if (parsed === 'help' || parsed === 'version') throw new Error(`${line} asks for ${parsed}`);
      return parsed;
    });
}

describe('examples/github-workflow.yml', () => {
  it('installs, then synthesizes without stopping the gate', () => {
    const runs = steps.map((s) => s.run ?? '');
    const install = runs.indexOf('npm ci');
    const synth = steps.findIndex((s) => s.run?.includes('npx cdk synth'));
    expect(install).toBeGreaterThan(0);
    expect(synth).toBeGreaterThan(install);
    expect(steps[synth]['continue-on-error']).toBe(true);
  });

  it('runs on the current Node LTS', () => {
    const node = steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(node?.with?.['node-version']).toBe('lts/*');
  });

  it('fails the job when synth failed for another reason than the findings', () => {
    const synth = steps.find((s) => s.run?.includes('npx cdk synth'));
    const gate = steps.find((s) => s.run?.includes('$GITHUB_STEP_SUMMARY'));
    expect(gate?.env?.SYNTH_OUTCOME).toBe(`\${{ steps.${synth?.id}.outcome }}`);
    expect(gate?.run).toMatch(
      /if \[ "\$SYNTH_OUTCOME" = failure \] && npx cdk-shared-responsibility render [^\n]*--fail-on error[^\n]*; then\n\s*echo "::error::[^\n]*\n\s*exit 1/,
    );
  });

  it('gates before the SARIF upload, which may fail without failing the job', () => {
    const gate = steps.findIndex((s) => s.run?.includes('$GITHUB_STEP_SUMMARY'));
    const upload = steps.findIndex((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(gate).toBeGreaterThan(0);
    expect(upload).toBeGreaterThan(gate);
    expect(steps[upload]['continue-on-error']).toBe(true);
    expect(steps[gate].if).toBeUndefined();
  });

  it("takes a pull request's baseline from the base branch, not from the pull request", () => {
    const step = steps.find((s) => s.id === 'baseline');
    expect(step?.run).toMatch(/git fetch [^\n]*origin "\$GITHUB_BASE_REF"/);
    expect(step?.run).toContain('git show "FETCH_HEAD:$BASELINE"');
    const gate = steps.find((s) => s.run?.includes('$GITHUB_STEP_SUMMARY'));
    expect(gate?.env?.BASELINE_FILE).toBe('${{ steps.baseline.outputs.file }}');
    expect(gate?.run).not.toMatch(/--baseline "\$BASELINE"/);
  });

  it('renders SARIF with the CLI and uploads that file to code scanning', () => {
    const render = steps.flatMap(invocations).find((i) => i.format === 'sarif');
    expect(render).toEqual(expect.objectContaining({ command: 'render', input: '/repo/cdk.out', failOn: 'none' }));
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(path.resolve('/repo', upload?.with?.sarif_file ?? '?')).toBe(render?.output);
    expect(workflow.permissions).toEqual({ contents: 'read', 'security-events': 'write', actions: 'read' });
  });

  it('writes the Markdown to the step summary and fails on new errors against the baseline', () => {
    const step = steps.find((s) => s.run?.includes('$GITHUB_STEP_SUMMARY'));
    const [summary, other] = step ? invocations(step) : [];
    expect(other).toEqual(expect.objectContaining({ command: 'render', failOn: 'error', baseline: undefined }));
    expect(summary).toEqual(
      expect.objectContaining({
        command: 'render',
        format: 'markdown',
        failOn: 'error',
        baseline: '/repo/baseline.json',
        output: undefined,
      }),
    );
    expect(step?.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(step?.run).toMatch(/if \[ -n "\$BASELINE_FILE" \]; then baseline=\(--baseline "\$BASELINE_FILE"\); fi/);
  });

  it('only calls CLI commands and options that exist', () => {
    const all = steps.flatMap(invocations);
    const lines = steps.flatMap((s) => (s.run ?? '').split('\n')).filter((l) => l.includes('npx cdk-shared-responsibility'));
    expect(all.length).toBe(lines.length);
  });
});
