/**
 * What users of small apps pay (issue 14): the package's load time in fresh processes, and the
 * whole cost of the checks, load included, on the ten app shapes of test/apps. Both measure the
 * built package (dist/lib/index.js), each run a fresh `node` process, interleaved (every variant
 * of every shape once per repetition, order rotated) so machine drift spreads over all of them.
 */
import { spawnSync } from 'child_process';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import { median, rotate } from './stats';
import type { SmallAppRun } from './small-app-child';

const ROOT = path.resolve(__dirname, '..', '..');
export const BUILT_LIB = path.join(ROOT, 'dist', 'lib', 'index.js');
const ENV = { ...process.env, CDK_VALIDATION: 'false', CDK_DISABLE_CLI_TELEMETRY: 'true', CDK_DISABLE_VERSION_CHECK: '1' };

/** Builds the JavaScript of the package (no declarations), as `npm run build` ships it. */
export function buildPackage(): void {
  const r = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', path.join(ROOT, 'scripts', 'build.ts'), '--no-declarations'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (r.status !== 0) throw new Error('bench: npm run build failed');
}

export interface LoadResult {
  readonly runs: number;
  /** Wall time of `require` of the package, ms: every run, then the median. */
  readonly wallMs: number[];
  readonly medianWallMs: number;
  /** CPU time (user + system) of the same `require`: less sensitive to other processes on the machine. */
  readonly cpuMs: number[];
  readonly medianCpuMs: number;
  /** Files the require loaded. */
  readonly files: number;
}

const LOAD_PROBE = `
  require('aws-cdk-lib'); require('aws-cdk-lib/aws-s3'); require('aws-cdk-lib/aws-lambda');
  require('aws-cdk-lib/aws-iam'); require('aws-cdk-lib/aws-sqs');
  const before = Object.keys(require.cache).length;
  const c = process.cpuUsage(); const t = process.hrtime.bigint();
  require(process.argv[1]);
  const wall = Number(process.hrtime.bigint() - t) / 1e6; const cpu = process.cpuUsage(c);
  console.log(JSON.stringify({ wall, cpu: (cpu.user + cpu.system) / 1000, files: Object.keys(require.cache).length - before }));`;

/**
 * `require('cdk-shared-responsibility')` after aws-cdk-lib and four service modules, in fresh
 * processes; with `nodeArgs` for node (`--enable-source-maps`, as under tsx, which `cdk init` apps
 * run under and which turns Node's source maps on: Node then reads the bundle's map as it loads it).
 */
export function benchLoad(runs: number, lib = BUILT_LIB, nodeArgs: readonly string[] = []): LoadResult {
  const wallMs: number[] = [];
  const cpuMs: number[] = [];
  let files = 0;
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [...nodeArgs, '-e', LOAD_PROBE, lib], { cwd: ROOT, env: ENV, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench: the load probe failed:\n${r.stderr}`);
    const out = JSON.parse(r.stdout) as { wall: number; cpu: number; files: number };
    wallMs.push(out.wall);
    cpuMs.push(out.cpu);
    files = out.files;
  }
  return { runs, wallMs, medianWallMs: median(wallMs), cpuMs, medianCpuMs: median(cpuMs), files };
}

export const SMALL_VARIANTS = ['plain', 'aspect', 'plugin'] as const;
export type SmallVariant = (typeof SMALL_VARIANTS)[number];

export interface ShapeResult {
  readonly shape: string;
  readonly resources: number;
  readonly runs: Record<SmallVariant, SmallAppRun[]>;
  /** Medians of whole-process wall time (start-up to synth returned), ms. */
  readonly totalMs: Record<SmallVariant, number>;
  readonly cpuMs: Record<SmallVariant, number>;
  readonly loadMs: Record<SmallVariant, number>;
  /** (median variant - median plain) / median plain, of the whole process: load included. */
  readonly overhead: Record<SmallVariant, number>;
  readonly cpuOverhead: Record<SmallVariant, number>;
}

/** The child that synthesizes one shape in a fresh process, bundled so no TypeScript compiler runs in the timed process. */
export async function bundleChild(outDir: string): Promise<string> {
  const outfile = path.join(outDir, 'small-app-child.js');
  await esbuild.build({
    entryPoints: [path.join(__dirname, 'small-app-child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
    plugins: [
      {
        // The shapes' checking helpers load the library from source (through jest's harness): not wanted here.
        name: 'no-test-support',
        setup(build) {
          build.onResolve({ filter: /adversarial\/support$/ }, () => ({ path: 'support', namespace: 'no-test-support' }));
          build.onLoad({ filter: /.*/, namespace: 'no-test-support' }, () => ({
            contents: `export function check() { throw new Error('not in the bench'); } export const expectSane = check;`,
            loader: 'js',
          }));
        },
      },
    ],
  });
  return outfile;
}

/** Every shape, plain and with the aspect and the plugin of the built package, `runs` times each. */
export async function benchSmallApps(
  runs: number,
  outDir: string,
  lib = BUILT_LIB,
  log: (line: string) => void = () => {},
): Promise<ShapeResult[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const child = await bundleChild(outDir);
  const list = spawnSync(process.execPath, ['-e', `console.log(Object.keys(require(${JSON.stringify(child)}).SHAPES).join(','))`], {
    cwd: ROOT,
    env: ENV,
    encoding: 'utf8',
  });
  if (list.status !== 0) throw new Error(`bench: the small-app child does not load:\n${list.stderr}`);
  const shapes = list.stdout.trim().split(',');
  const all = new Map(shapes.map((s) => [s, { plain: [], aspect: [], plugin: [] } as Record<SmallVariant, SmallAppRun[]>]));
  for (let r = 0; r < runs; r++) {
    for (const shape of shapes) {
      for (const variant of rotate(SMALL_VARIANTS, r)) {
        all.get(shape)![variant].push(runSmallApp(child, shape, variant, lib, outDir));
      }
    }
    log(`small apps: repetition ${r + 1}/${runs} done`);
  }
  return shapes.map((shape) => {
    const byVariant = all.get(shape)!;
    const pick = (f: (run: SmallAppRun) => number) =>
      Object.fromEntries(SMALL_VARIANTS.map((v) => [v, median(byVariant[v].map(f))])) as Record<SmallVariant, number>;
    const totalMs = pick((x) => x.totalMs);
    const cpuMs = pick((x) => x.cpuMs);
    const over = (m: Record<SmallVariant, number>) =>
      Object.fromEntries(SMALL_VARIANTS.map((v) => [v, (m[v] - m.plain) / m.plain])) as Record<SmallVariant, number>;
    return {
      shape,
      resources: byVariant.plain[0].resources,
      runs: byVariant,
      totalMs,
      cpuMs,
      loadMs: pick((x) => x.loadMs),
      overhead: over(totalMs),
      cpuOverhead: over(cpuMs),
    };
  });
}

/**
 * How the apps' processes run: with Node's source maps on, as tsx (which `cdk init` apps run under)
 * turns them on. WHY it matters: Node then decodes a file's source map the first time a stack trace
 * holds a frame of it, and CDK makes traces during synth (one for each construct it creates); a
 * frame of ours in one cost 50 ms a synth, which runs without source maps did not show.
 */
export const AS_UNDER_TSX: readonly string[] = ['--enable-source-maps'];

/** One synth of a shape in a fresh process (source maps on), plain or with the checks of the package at `lib`. */
export function runSmallApp(child: string, shape: string, variant: SmallVariant, lib: string, outDir: string): SmallAppRun {
  const cdkOut = fs.mkdtempSync(path.join(outDir, 'cdk.out-'));
  try {
    const p = spawnSync(process.execPath, [...AS_UNDER_TSX, child, shape, variant, lib, cdkOut], { cwd: ROOT, env: ENV, encoding: 'utf8' });
    if (p.status !== 0) throw new Error(`bench: ${shape} (${variant}) failed:\n${p.stderr}`);
    return JSON.parse(p.stdout.trim().split('\n').pop()!) as SmallAppRun;
  } finally {
    fs.rmSync(cdkOut, { recursive: true, force: true });
  }
}
