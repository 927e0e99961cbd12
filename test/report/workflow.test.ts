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
}

const workflow = parse(fs.readFileSync(path.resolve(__dirname, '../../examples/github-workflow.yml'), 'utf8')) as {
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
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
        .split('>>')[0]
        .trim()
        .split(/\s+/);
      const argv = words.flatMap((w) => (w === '"${baseline[@]}"' ? ['--baseline', 'baseline.json'] : [w.replace(/^"|"$/g, '')]));
      const parsed = parseCommandLine(argv, '/repo');
      if (parsed === 'help' || parsed === 'version') throw new Error(`${line} asks for ${parsed}`);
      return parsed;
    });
}

describe('examples/github-workflow.yml', () => {
  it('installs, then synthesizes without stopping the reports', () => {
    const runs = steps.map((s) => s.run ?? '');
    const install = runs.indexOf('npm ci');
    const synth = steps.findIndex((s) => s.run?.startsWith('npx cdk synth'));
    expect(install).toBeGreaterThan(0);
    expect(synth).toBeGreaterThan(install);
    expect(steps[synth]['continue-on-error']).toBe(true);
  });

  it('renders SARIF with the CLI and uploads that file to code scanning', () => {
    const render = steps.flatMap(invocations).find((i) => i.format === 'sarif');
    expect(render).toEqual(expect.objectContaining({ command: 'render', input: '/repo/cdk.out', failOn: 'none' }));
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(path.resolve('/repo', upload?.with?.sarif_file ?? '?')).toBe(render?.output);
    expect(workflow.permissions['security-events']).toBe('write');
  });

  it('writes the Markdown to the step summary and fails on new errors against the baseline', () => {
    const step = steps.find((s) => s.run?.includes('$GITHUB_STEP_SUMMARY'));
    const [summary] = step ? invocations(step) : [];
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
    expect(step?.run).toMatch(/if \[ -f "\$BASELINE" \]; then baseline=\(--baseline "\$BASELINE"\); fi/);
  });

  it('only calls CLI commands and options that exist', () => {
    const all = steps.flatMap(invocations);
    expect(all.length).toBe(steps.filter((s) => s.run?.includes('npx cdk-shared-responsibility')).length);
  });
});
