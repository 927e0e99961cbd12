#!/usr/bin/env node
import * as path from 'path';
import { parseArgs } from 'util';
// The catalog (every duty) loads only once the input has been read (`import()` below), so usage
// and input errors answer at once.
import { writeAtomically } from './private/write-results';
import type { Duty } from './model/duty';
import type { Results } from './results';
import { diffWithBaseline } from './report/baseline';
import { loadTemplate } from './report/cfn-template';
import { type FailOn, failsAt } from './report/findings';
import { InputError, loadResults, loadResultsFile } from './report/load';
import { TOOL_VERSION } from './private/version';

const NAME = 'cdk-shared-responsibility';
const FORMATS = ['markdown', 'sarif', 'csv', 'json'] as const;
const FAIL_ON = ['error', 'warning', 'none'] as const;

export const USAGE = `Usage:
  ${NAME} render [--cdk-out <dir>] [options]   report on the results of the last synth in <dir> (default cdk.out)
  ${NAME} scan <template.json|yaml> [options]  check a plain CloudFormation template
  ${NAME} --version                            print the version

Options:
  --format markdown|sarif|csv|json   what to write (default markdown)
  --output <file>                    write there instead of to stdout
  --baseline <results.json>          only findings not in this earlier results file count
  --fail-on error|warning|none       exit 1 when there are findings at or above this severity (default error)
  --repo-root <dir>                  source paths are relative to it (default the current directory)
  --custom-duties <module>           scan: also run the duties this module exports (an array of
                                     defineDuty({...}), as module.exports, default or duties); repeatable
  --honor-cdk-nag-acknowledgements   scan: cdk-nag suppressions in the template's Metadata waive the
                                     equivalent duties

Exit codes: 0 no findings at or above --fail-on, 1 there are (new ones only with --baseline),
2 bad usage or input, 3 internal error.
`;

export interface Invocation {
  readonly command: 'render' | 'scan';
  /** The cloud assembly directory (render) or the template file (scan), absolute. */
  readonly input: string;
  readonly format: (typeof FORMATS)[number];
  readonly output?: string;
  readonly baseline?: string;
  readonly failOn: FailOn;
  readonly repoRoot: string;
  /** Modules exporting custom duties (scan only), absolute. */
  readonly customDuties: readonly string[];
  readonly honorCdkNagAcknowledgements: boolean;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`unknown ${name} '${value}': expected ${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`);
}

/** Parses the arguments after the program name; 'help' or 'version' when that was asked for. */
export function parseCommandLine(argv: readonly string[], cwd: string): Invocation | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        'cdk-out': { type: 'string' },
        format: { type: 'string', short: 'f', default: 'markdown' },
        output: { type: 'string', short: 'o' },
        baseline: { type: 'string' },
        'fail-on': { type: 'string', default: 'error' },
        'repo-root': { type: 'string' },
        'custom-duties': { type: 'string', multiple: true },
        'honor-cdk-nag-acknowledgements': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    // Node's messages go on with advice about `--`; the first sentence is the one that matters.
    throw new InputError((e as Error).message.split('. ')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.version) return 'version';
  const [command, ...rest] = positionals;
  if (command === undefined) throw new InputError('missing command: expected render or scan (see --help)');
  const verb = oneOf('command', command, ['render', 'scan'] as const);
  let input: string;
  if (verb === 'render') {
    if (rest.length > 0) throw new InputError(`render takes no file argument, got '${rest[0]}' (use --cdk-out <dir>)`);
    input = values['cdk-out'] ?? 'cdk.out';
    if (values['custom-duties'] !== undefined || values['honor-cdk-nag-acknowledgements'] !== undefined) {
      throw new InputError(
        '--custom-duties and --honor-cdk-nag-acknowledgements apply to scan only; for a synth, pass the options to the checks in the app',
      );
    }
  } else {
    if (values['cdk-out'] !== undefined) throw new InputError('--cdk-out applies to render only; scan takes a template file');
    if (rest.length !== 1)
      throw new InputError(
        rest.length === 0 ? 'scan needs a template file: scan <template.json|yaml>' : `scan takes one template file, got ${rest.length}`,
      );
    input = rest[0];
  }
  return {
    command: verb,
    input: path.resolve(cwd, input),
    format: oneOf('format', values.format ?? 'markdown', FORMATS),
    output: values.output === undefined ? undefined : path.resolve(cwd, values.output),
    baseline: values.baseline === undefined ? undefined : path.resolve(cwd, values.baseline),
    failOn: oneOf('--fail-on value', values['fail-on'] ?? 'error', FAIL_ON),
    repoRoot: path.resolve(cwd, values['repo-root'] ?? '.'),
    customDuties: (values['custom-duties'] ?? []).map((m) => path.resolve(cwd, m)),
    honorCdkNagAcknowledgements: values['honor-cdk-nag-acknowledgements'] ?? false,
  };
}

async function resultsFor(inv: Invocation): Promise<{ results: Results; cdkOut: string }> {
  if (inv.command === 'render') return { results: loadResults(inv.input), cdkOut: inv.input };
  const template = await loadTemplate(inv.input);
  const { scanTemplate } = await import('./scan');
  const customDuties = await loadCustomDuties(inv.customDuties);
  return {
    results: scanTemplate(template, {
      templateName: path.basename(inv.input),
      customDuties,
      honorCdkNagAcknowledgements: inv.honorCdkNagAcknowledgements,
    }),
    cdkOut: path.dirname(inv.input),
  };
}

/**
 * The duties the modules export, checked as the checks' constructor checks them, so a mistake in
 * one is a usage error (exit 2) naming the module, not an internal error.
 */
async function loadCustomDuties(modules: readonly string[]): Promise<Duty[]> {
  if (modules.length === 0) return [];
  const duties: Duty[] = [];
  for (const file of modules) {
    let exported: unknown;
    try {
      exported = await import(file);
    } catch (e) {
      throw new InputError(`cannot load custom duties from ${file}: ${(e as Error).message.split('\n')[0]}`);
    }
    const m = exported as { default?: unknown; duties?: unknown } | null;
    const list = Array.isArray(m) ? m : Array.isArray(m?.duties) ? m.duties : Array.isArray(m?.default) ? m.default : undefined;
    if (!list)
      throw new InputError(`${file} exports no list of duties: export an array of defineDuty({...}) (module.exports, default or duties)`);
    duties.push(...(list as Duty[]));
  }
  const [{ registerDuties }, { catalog }] = await Promise.all([import('./private/register-duties'), import('../rules')]);
  try {
    registerDuties(catalog, duties);
  } catch (e) {
    throw new InputError((e as Error).message);
  }
  return duties;
}

function write(file: string, text: string): void {
  try {
    writeAtomically(file, text);
  } catch (e) {
    throw new InputError(`cannot write ${file}: ${(e as Error).message}`);
  }
}

async function run(inv: Invocation, io: CliIo): Promise<number> {
  const { results, cdkOut } = await resultsFor(inv);
  const baseline = inv.baseline === undefined ? undefined : loadResultsFile(inv.baseline);
  const { renderReport } = await import('./report/write');
  const text =
    inv.format === 'json'
      ? JSON.stringify(results, null, 2) + '\n'
      : renderReport(inv.format, results, { repoRoot: inv.repoRoot, cdkOut, baseline });
  if (inv.output === undefined) io.stdout.write(text);
  else write(inv.output, text);

  const failing = diffWithBaseline(results, baseline).added.filter((f) => failsAt(f, inv.failOn));
  if (failing.length === 0) return 0;
  const what = `${failing.length} ${baseline ? 'new ' : ''}finding${failing.length === 1 ? '' : 's'}`;
  io.stderr.write(`${NAME}: ${what} at or above ${inv.failOn}\n`);
  return 1;
}

export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly cwd: string;
}

/**
 * Runs the CLI and returns its exit code. Every failure is one line on stderr, never a stack
 * trace: input and usage errors exit 2, anything else (a bug) exits 3.
 */
export async function main(
  argv: readonly string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() },
): Promise<number> {
  try {
    const inv = parseCommandLine(argv, io.cwd);
    if (inv === 'help') {
      io.stdout.write(USAGE);
      return 0;
    }
    if (inv === 'version') {
      io.stdout.write(`${TOOL_VERSION}\n`);
      return 0;
    }
    return await run(inv, io);
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, ' ');
    io.stderr.write(e instanceof InputError ? `${NAME}: ${message}\n` : `${NAME}: internal error: ${message}\n`);
    return e instanceof InputError ? 2 : 3;
  }
}

if (require.main === module) {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
