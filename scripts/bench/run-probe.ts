import { spawnSync } from 'child_process';
import * as path from 'path';
import type { ProbeResult } from './probe';
import { BENCH_LIB } from './env';
import type { Variant } from './variants';

const PROBE = path.join(__dirname, 'probe.ts');
const ROOT = path.resolve(__dirname, '..', '..');

/**
 * One synth of (variant, size) in a child process of its own (scripts/bench/probe.ts), with
 * `nodeArgs` for node (a CPU profile, say) and `probeArgs` for the probe. Returns its result and
 * every line it printed (the GC trace, when asked for).
 */
export function runProbe(
  variant: Variant,
  size: number,
  seed: number,
  opts: {
    nodeArgs?: readonly string[];
    probeArgs?: readonly string[];
    root?: string;
    /** The built package to measure (its dist/lib/index.js); the sources when not given. */
    lib?: string;
  } = {},
): { result: ProbeResult; lines: string[] } {
  // Another checkout's probe measures that checkout's code (scripts/bench/compare.ts).
  const root = opts.root ?? ROOT;
  const res = spawnSync(
    process.execPath,
    [
      ...(opts.nodeArgs ?? []),
      '--expose-gc',
      '-r',
      'ts-node/register/transpile-only',
      path.join(root, path.relative(ROOT, PROBE)),
      '--variant',
      variant,
      '--size',
      String(size),
      '--seed',
      String(seed),
      ...(opts.probeArgs ?? []),
    ],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, CDK_VALIDATION: 'false', [BENCH_LIB]: opts.lib ?? '' },
    },
  );
  if (res.status !== 0) throw new Error(`probe ${variant} @${size} failed (${res.status}):\n${res.stderr}`);
  const lines = res.stdout.split('\n');
  const json = lines.filter((l) => l.startsWith('{')).pop();
  if (!json) throw new Error(`probe ${variant} @${size} printed no result:\n${res.stdout.slice(-2000)}`);
  return { result: JSON.parse(json) as ProbeResult, lines };
}
