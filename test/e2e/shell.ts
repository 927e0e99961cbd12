import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export interface Ran {
  readonly code: number;
  /** stdout and stderr, interleaved as written. */
  readonly output: string;
}

/**
 * The environment of every command: no AWS credentials or profile, no CLI version check, notices
 * or telemetry, no colours, and not jest's NODE_ENV (CDK reads it to decide how to report).
 */
export function offlineEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('AWS_') && !k.startsWith('CDK_') && k !== 'NODE_ENV' && !k.startsWith('npm_')) env[k] = v;
  }
  return {
    ...env,
    CDK_DISABLE_VERSION_CHECK: '1',
    CDK_DISABLE_CLI_TELEMETRY: 'true',
    AWS_EC2_METADATA_DISABLED: 'true',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
}

/** Runs a command without a shell; never rejects on a non-zero exit. */
export function run(cmd: string, args: readonly string[], cwd: string, timeoutMs = 300_000): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: offlineEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), output });
    });
  });
}

/** Like run, but a non-zero exit is an error that shows the output. */
export async function runOk(cmd: string, args: readonly string[], cwd: string): Promise<string> {
  const r = await run(cmd, args, cwd);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.code} in ${cwd}:\n${r.output}`);
  return r.output;
}

/** Copies a directory tree, except the entries named in `skip` at its top. */
export function copyDir(from: string, to: string, skip: readonly string[] = []): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from)) {
    if (skip.includes(entry)) continue;
    fs.cpSync(path.join(from, entry), path.join(to, entry), { recursive: true });
  }
}

/** Runs the tasks, at most `limit` at a time, in order of start; resolves with their results in order. */
export async function pool<T>(limit: number, tasks: readonly (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
