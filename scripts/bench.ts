/**
 * Synth-time cost of the checks (project issue #5). `npm run bench -- --help` for the flags.
 *
 * In one process, INTERLEAVED (each repetition runs every variant, in an order rotated by one per
 * repetition, so drift in the machine spreads over all variants), it times `app.synth()` of fresh,
 * seeded apps of each size for: plain synth, our aspect, our validation plugin, and cdk-nag 3's
 * AwsSolutionsChecks. Building the app is not timed. Then, per (variant, size), a child process
 * measures peak memory; the engine times its own phases in every synth of ours (see
 * bench/phases.ts); and with --profile N, one plain and one aspect synth of N resources run under
 * `node --cpu-prof` and the profiles are compared. Results: bench/out/results-<date>.json and a table.
 */
import { BENCH_LIB } from './bench/env';
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs } from 'util';
import * as v8 from 'v8';
import * as vm from 'vm';
import { catalog } from '../rules';
import { PHASE_LABELS, PHASES, type Phase, phasesOfLastSynth, resetPhases } from './bench/phases';
import { compareMemory, type MemoryResult } from './bench/memory';
import { runProbe } from './bench/run-probe';
import { CdkGlobals } from './bench/leaks';
import { newestProfile, type ProfileSummary, summarizeProfile } from './bench/profile';
import { fmt, median, rotate, table } from './bench/stats';
import { msSince, prepare, removeOutdir, VARIANT_LABELS, VARIANTS, type Variant } from './bench/variants';
import { benchLoad, benchSmallApps, BUILT_LIB, buildPackage, type LoadResult, type ShapeResult, SMALL_VARIANTS } from './bench/small-apps';

const ROOT = path.resolve(__dirname, '..');
const OURS = ['aspect', 'plugin'] as const;
type Ours = (typeof OURS)[number];

const HELP = `npm run bench -- [--sizes 1000,5000,20000] [--runs 5] [--warmup 1] [--seed 42]
                   [--no-memory] [--profile 5000] [--out bench/out]
                   [--load-runs 15] [--small-runs 3] [--no-small] [--fresh]

  --sizes    approximate CloudFormation resources per app (comma-separated)
  --runs     timed synths per (variant, size); medians are reported
  --warmup   untimed rounds of every variant first, at the smallest size or 1,000 (JIT warm-up)
  --seed     PRNG seed for the generated apps
  --no-memory  skip the child-process peak-memory probes
  --profile N  also run one plain and one aspect synth of N resources under node --cpu-prof and compare them
  --load-runs  fresh processes timing require() of the built package (dist/lib/index.js, built first)
  --small-runs fresh-process synths of each of the ten app shapes of test/apps per variant (plain, aspect, plugin)
  --no-small   skip the load and small-app measurements
  --fresh      time each large-app synth in a fresh child process (as \`cdk synth\` runs), not in this
               process: no heap left by earlier apps, every module already loaded; slower to run`;

interface SizeResult {
  size: number;
  resources: number;
  stacks: number;
  synthMs: Record<Variant, number[]>;
  medianMs: Record<Variant, number>;
  minMs: Record<Variant, number>;
  maxMs: Record<Variant, number>;
  /** (median variant - median plain) / median plain. */
  overhead: Record<Variant, number>;
  /** cdk-nag's overhead divided by ours (aspect, plugin). */
  nagOverOurs: Record<(typeof OURS)[number], number>;
  /** Overhead per CloudFormation resource, microseconds. */
  usPerResource: Record<Variant, number>;
  /** The engine's own phase timings in each synth of ours (aspect, plugin). */
  phasesMs?: Record<Ours, Record<Phase, number[]>>;
  phasesMedianMs?: Record<Ours, Record<Phase, number>>;
  memory?: Record<Variant, MemoryResult>;
  /** See MemoryComparison in bench/memory.ts. */
  rssOverhead?: Record<Variant, number>;
  heapOverhead?: Record<Variant, number>;
}

interface Target {
  readonly target: string;
  readonly holds: boolean | null;
  readonly detail: string;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,5000,20000' },
      runs: { type: 'string', default: '5' },
      warmup: { type: 'string', default: '1' },
      seed: { type: 'string', default: '42' },
      'no-memory': { type: 'boolean', default: false },
      profile: { type: 'string' },
      out: { type: 'string', default: 'bench/out' },
      'load-runs': { type: 'string', default: '15' },
      'small-runs': { type: 'string', default: '3' },
      'no-small': { type: 'boolean', default: false },
      fresh: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
  const runs = Number(values.runs);
  const warmup = Number(values.warmup);
  const seed = Number(values.seed);
  if (
    sizes.some((s) => !Number.isInteger(s) || s < 100) ||
    !Number.isInteger(runs) ||
    runs < 1 ||
    !Number.isInteger(warmup) ||
    warmup < 0
  ) {
    throw new Error(`bench: --sizes takes integers >= 100, --runs an integer >= 1, --warmup an integer >= 0.\n\n${HELP}`);
  }
  const loadRuns = Number(values['load-runs']);
  const smallRuns = Number(values['small-runs']);
  if (!Number.isInteger(loadRuns) || loadRuns < 1 || !Number.isInteger(smallRuns) || smallRuns < 1) {
    throw new Error(`bench: --load-runs and --small-runs take integers >= 1.\n\n${HELP}`);
  }
  const gc = exposeGc();
  const started = new Date();
  const codeAtStart = codeFingerprint();
  const loadStart = os.loadavg();
  log(
    `bench: sizes ${sizes.join(', ')}, ${runs} runs, ${warmup} warm-up round(s), seed ${seed}, ${os.cpus().length} CPUs, load ${loadStart.map((l) => l.toFixed(2)).join(' ')}`,
  );

  // What users of small apps pay, in fresh processes of the built package, before this process
  // fills the machine's caches with large apps.
  let load: LoadResult | undefined;
  let loadWithSourceMaps: LoadResult | undefined;
  let smallApps: ShapeResult[] | undefined;
  // Every synth measures the package as users install it (see packageUnderTest in bench/variants.ts).
  log('bench: building the package (npm run build, JavaScript only)');
  buildPackage();
  process.env[BENCH_LIB] = BUILT_LIB;
  if (!values['no-small']) {
    load = benchLoad(loadRuns);
    log(`  load: median ${load.medianWallMs.toFixed(1)} ms wall, ${load.medianCpuMs.toFixed(1)} ms CPU over ${loadRuns} processes`);
    loadWithSourceMaps = benchLoad(loadRuns, BUILT_LIB, ['--enable-source-maps']);
    log(`  load with source maps on: median ${loadWithSourceMaps.medianWallMs.toFixed(1)} ms wall`);
    smallApps = await benchSmallApps(smallRuns, path.resolve(ROOT, values.out, 'small-apps'), undefined, log);
  }

  // One tiny synth of each variant loads every module and creates CDK's lazy module-level tokens;
  // whatever CDK's process-wide tables hold after it stays, everything later apps add is released.
  const globals = new CdkGlobals();
  for (const v of VARIANTS) timeOne(v, 100, seed, gc);
  globals.mark();
  const release = () => globals.release();

  const warmupSize = Math.min(1000, ...sizes);
  // A fresh process per synth has nothing to warm up: each starts as cold as `cdk synth`.
  for (let w = 0; w < (values.fresh ? 0 : warmup); w++) {
    for (const v of VARIANTS) {
      const ms = timeOne(v, warmupSize, seed, gc, release).ms;
      log(`  warm-up ${v} @${warmupSize}: ${fmt.ms(ms)} ms`);
    }
  }

  const results: SizeResult[] = [];
  for (const size of sizes) {
    const synthMs = Object.fromEntries(VARIANTS.map((v) => [v, [] as number[]])) as Record<Variant, number[]>;
    const phasesMs = Object.fromEntries(OURS.map((v) => [v, Object.fromEntries(PHASES.map((p) => [p, [] as number[]]))])) as Record<
      Ours,
      Record<Phase, number[]>
    >;
    let resources = 0;
    let stacks = 0;
    for (let rep = 0; rep < runs; rep++) {
      for (const v of rotate(VARIANTS, rep % VARIANTS.length)) {
        const one = values.fresh ? timeOneFresh(v, size, seed) : timeOne(v, size, seed, gc, release);
        synthMs[v].push(one.ms);
        resources = one.resources;
        stacks = one.stacks;
        if (v === 'aspect' || v === 'plugin') for (const p of PHASES) phasesMs[v][p].push(one.phases[p]);
        log(`  @${size} run ${rep + 1}/${runs} ${v}: ${fmt.ms(one.ms)} ms`);
      }
    }
    const r = summarize(size, resources, stacks, synthMs, phasesMs);
    if (!values['no-memory']) {
      const m = compareMemory(size, seed, log, BUILT_LIB);
      r.memory = m.memory;
      r.rssOverhead = m.rssOverhead;
      r.heapOverhead = m.heapOverhead;
    }
    results.push(r);
    log(
      `  @${size}: ${resources} resources in ${stacks} stacks; medians ${VARIANTS.map((v) => `${v} ${fmt.ms(r.medianMs[v])}`).join(', ')} ms`,
    );
  }

  let profile: { size: number; plain: ProfileSummary; aspect: ProfileSummary } | undefined;
  if (values.profile) {
    const size = Number(values.profile);
    const outDir = path.resolve(ROOT, values.out);
    profile = { size, plain: runProfile('plain', size, seed, outDir), aspect: runProfile('aspect', size, seed, outDir) };
  }
  const codeAtEnd = codeFingerprint();

  const targets = [...evaluateSmallTargets(load, loadWithSourceMaps, smallApps), ...evaluateTargets(results)];
  const loadEnd = os.loadavg();
  const report = {
    date: started.toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    environment: {
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      totalMemoryGb: Math.round(os.totalmem() / 1024 ** 3),
      loadAverageStart: loadStart,
      loadAverageEnd: loadEnd,
      awsCdkLib: packageVersion('aws-cdk-lib'),
      cdkNag: packageVersion('cdk-nag'),
      duties: catalog.length,
      commit: gitCommit(),
      /** sha256 over lib/ and rules/ at start and end: child processes load the code as it is when they start. */
      codeAtStart,
      codeAtEnd,
      codeChangedDuringRun: codeAtStart !== codeAtEnd,
    },
    config: {
      sizes,
      runs,
      warmup,
      seed,
      loadRuns,
      smallRuns,
      loadMethod:
        "fresh node processes: require('aws-cdk-lib') and aws-s3, aws-lambda, aws-iam, aws-sqs, then require of dist/lib/index.js (npm run build) timed (wall and CPU)",
      smallAppsMethod:
        'fresh node process per synth (node --enable-source-maps, as under tsx) of each shape of test/apps (well-configured variant), plain or with the aspect or the plugin of dist/lib/index.js; overhead = median whole-process time (start-up to synth returned, load included) of the variant minus plain, over plain; interleaved, order rotated per repetition',
      interleaving: 'per repetition, every variant once, order rotated by one per repetition',
      timed: values.fresh
        ? 'app.synth() only, each in its own child process (scripts/bench/probe.ts): every variant loads the same modules, builds the app into a temporary outdir, gc(), then synth; the checks are those of the built package (dist/lib/index.js), as users install it'
        : 'app.synth() only; each measurement builds a fresh app into a temporary outdir, deleted afterwards; gc() before each; the checks are those of the built package (dist/lib/index.js)',
      released:
        "after each measurement, the entries its app added to CDK's process-wide tables (global.__cdkTokenMap, CfnReference.referenceTable) are deleted, else every app stays alive (scripts/bench/leaks.ts)",
      phasesMethod:
        'the engine times its own phases with process.hrtime in every timed synth of ours (lib/private/timings.ts, scripts/bench/phases.ts); medians per variant',
      memoryMethod:
        'one child process per (variant, size), node --expose-gc: every variant loads the same modules; the app is built and gc()ed, the peak-RSS counter is reset (/proc/self/clear_refs), then synth. Peak RSS = process.resourceUsage().maxRSS; its overhead = (variant peak - RSS before synth) - (plain peak - RSS before synth), relative to plain peak. Heap high-water = largest heap used before any GC during synth (V8 --trace-gc, switched on around synth only) or at its end; overhead relative to plain',
    },
    load,
    loadWithSourceMaps,
    smallApps,
    sizes: results,
    profile,
    targets,
  };
  const outDir = path.resolve(ROOT, values.out);
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `results-${started.toISOString().replace(/:/g, '-').replace(/\..*/, '')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(renderSmall(load, loadWithSourceMaps, smallApps) + render(results, profile, targets, { loadStart, loadEnd }));
  if (codeAtStart !== codeAtEnd) {
    console.log(
      '\nWARNING: lib/ or rules/ changed while the benchmark ran; the child processes (memory, profile) may have measured other code than the timings. Run it again.',
    );
  }
  console.log(`\nJSON: ${path.relative(process.cwd(), file)}`);
}

/** One timed synth in a child process of its own (the probe), with the engine's phases. */
function timeOneFresh(variant: Variant, size: number, seed: number): ReturnType<typeof timeOne> {
  const { result } = runProbe(variant, size, seed, { lib: BUILT_LIB });
  return { ms: result.synthMs, resources: result.resources, stacks: result.stacks, phases: result.phases };
}

/** One timed synth of a fresh app: building and registering are not timed. */
function timeOne(
  variant: Variant,
  size: number,
  seed: number,
  gc: () => void,
  release?: () => void,
): { ms: number; resources: number; stacks: number; phases: Record<Phase, number> } {
  const { bench, outdir } = prepare(variant, size, seed);
  try {
    gc();
    resetPhases();
    const start = process.hrtime.bigint();
    bench.app.synth();
    const ms = msSince(start);
    const phases = phasesOfLastSynth();
    return { ms, resources: bench.resources, stacks: bench.stacks, phases };
  } finally {
    removeOutdir(outdir);
    release?.();
  }
}

function summarize(
  size: number,
  resources: number,
  stacks: number,
  synthMs: Record<Variant, number[]>,
  phasesMs?: Record<Ours, Record<Phase, number[]>>,
): SizeResult {
  const per = <T>(f: (v: Variant) => T) => Object.fromEntries(VARIANTS.map((v) => [v, f(v)])) as Record<Variant, T>;
  const medianMs = per((v) => median(synthMs[v]));
  const overhead = per((v) => (medianMs[v] - medianMs.plain) / medianMs.plain);
  const usPerResource = per((v) => ((medianMs[v] - medianMs.plain) * 1000) / resources);
  const nagOver = (ours: number) => (ours > 0 ? overhead.nag / ours : Infinity);
  return {
    size,
    resources,
    stacks,
    synthMs,
    medianMs,
    minMs: per((v) => Math.min(...synthMs[v])),
    maxMs: per((v) => Math.max(...synthMs[v])),
    overhead,
    nagOverOurs: { aspect: nagOver(overhead.aspect), plugin: nagOver(overhead.plugin) },
    usPerResource,
    phasesMs,
    phasesMedianMs:
      phasesMs &&
      (Object.fromEntries(OURS.map((v) => [v, Object.fromEntries(PHASES.map((p) => [p, median(phasesMs[v][p])]))])) as Record<
        Ours,
        Record<Phase, number>
      >),
  };
}

/**
 * One synth under node --cpu-prof in a child; the profile is kept in the output directory. Of the
 * sources, not the bundle: the summary finds the engine's functions by their source files.
 */
function runProfile(variant: Variant, size: number, seed: number, outDir: string): ProfileSummary {
  const dir = path.join(outDir, `cpuprofile-${variant}-${size}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  log(`  profiling one ${variant} synth @${size} (node --cpu-prof)...`);
  runProbe(variant, size, seed, { nodeArgs: ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '500'] });
  return summarizeProfile(newestProfile(dir), 'timedSynth');
}

/** The small apps' overhead over all shapes: sum of the variant's medians minus the sum of plain's, over plain's. */
function totalOverhead(shapes: readonly ShapeResult[], v: (typeof SMALL_VARIANTS)[number], of: 'totalMs' | 'cpuMs'): number {
  const sum = (k: (typeof SMALL_VARIANTS)[number]) => shapes.reduce((n, s) => n + s[of][k], 0);
  return (sum(v) - sum('plain')) / sum('plain');
}

function evaluateSmallTargets(
  load: LoadResult | undefined,
  withMaps: LoadResult | undefined,
  shapes: readonly ShapeResult[] | undefined,
): Target[] {
  if (!load || !withMaps || !shapes) return [];
  const targets: Target[] = [
    {
      target: 'load: require of the package after aws-cdk-lib <= 50 ms (median of fresh processes)',
      holds: load.medianWallMs <= 50,
      detail: `wall ${load.medianWallMs.toFixed(1)} ms, CPU ${load.medianCpuMs.toFixed(1)} ms, ${load.files} file(s), ${load.runs} processes`,
    },
    {
      target: 'load with source maps on (node --enable-source-maps, as under tsx) <= 50 ms',
      holds: withMaps.medianWallMs <= 50,
      detail: `wall ${withMaps.medianWallMs.toFixed(1)} ms, CPU ${withMaps.medianCpuMs.toFixed(1)} ms, ${withMaps.runs} processes`,
    },
  ];
  for (const v of ['aspect', 'plugin'] as const) {
    targets.push({
      target: `small apps, ${v}: the checks' whole cost, load included, <= 5% of plain synth (ten shapes of test/apps)`,
      holds: totalOverhead(shapes, v, 'totalMs') <= 0.05,
      detail: `all shapes: wall ${fmt.pct(totalOverhead(shapes, v, 'totalMs'))}, CPU ${fmt.pct(totalOverhead(shapes, v, 'cpuMs'))}; per shape (wall) ${shapes.map((s) => `${s.shape} ${fmt.pct(s.overhead[v])}`).join(', ')}`,
    });
  }
  return targets;
}

function renderSmall(load: LoadResult | undefined, withMaps: LoadResult | undefined, shapes: readonly ShapeResult[] | undefined): string {
  if (!load || !withMaps || !shapes) return '';
  const out: string[] = [];
  out.push(
    `\nLoad: require of dist/lib/index.js after aws-cdk-lib and four service modules, ${load.runs} fresh processes: median ${load.medianWallMs.toFixed(1)} ms wall [${fmt.ms(Math.min(...load.wallMs))}-${fmt.ms(Math.max(...load.wallMs))}], ${load.medianCpuMs.toFixed(1)} ms CPU; ${load.files} file(s) loaded`,
    `With source maps on (node --enable-source-maps, as under tsx): median ${withMaps.medianWallMs.toFixed(1)} ms wall [${fmt.ms(Math.min(...withMaps.wallMs))}-${fmt.ms(Math.max(...withMaps.wallMs))}], ${withMaps.medianCpuMs.toFixed(1)} ms CPU`,
  );
  out.push(
    '\nSmall apps (test/apps shapes, well configured), fresh process per synth, source maps on as under tsx: medians of whole-process time (start-up to synth returned) and CPU, ms',
  );
  out.push(
    table([
      [
        'shape',
        'resources',
        ...SMALL_VARIANTS.map((v) => `${v} wall`),
        'aspect ovh',
        'plugin ovh',
        ...SMALL_VARIANTS.map((v) => `${v} CPU`),
        'aspect ovh',
        'plugin ovh',
        'load',
      ],
      ...shapes.map((s) => [
        s.shape,
        String(s.resources),
        ...SMALL_VARIANTS.map((v) => fmt.ms(s.totalMs[v])),
        fmt.pct(s.overhead.aspect),
        fmt.pct(s.overhead.plugin),
        ...SMALL_VARIANTS.map((v) => fmt.ms(s.cpuMs[v])),
        fmt.pct(s.cpuOverhead.aspect),
        fmt.pct(s.cpuOverhead.plugin),
        fmt.ms(s.loadMs.aspect),
      ]),
      [
        'all shapes',
        String(shapes.reduce((n, s) => n + s.resources, 0)),
        ...SMALL_VARIANTS.map((v) => fmt.ms(shapes.reduce((n, s) => n + s.totalMs[v], 0))),
        fmt.pct(totalOverhead(shapes, 'aspect', 'totalMs')),
        fmt.pct(totalOverhead(shapes, 'plugin', 'totalMs')),
        ...SMALL_VARIANTS.map((v) => fmt.ms(shapes.reduce((n, s) => n + s.cpuMs[v], 0))),
        fmt.pct(totalOverhead(shapes, 'aspect', 'cpuMs')),
        fmt.pct(totalOverhead(shapes, 'plugin', 'cpuMs')),
        '',
      ],
    ]),
  );
  return out.join('\n');
}

function evaluateTargets(results: readonly SizeResult[]): Target[] {
  const targets: Target[] = [];
  const large = results.filter((r) => r.size >= 5000);
  for (const v of OURS) {
    targets.push({
      target: `${v}: overhead <= 10% of plain synth at 5,000 and 20,000 resources`,
      holds: large.length === 0 ? null : large.every((r) => r.overhead[v] <= 0.1),
      detail: large.length === 0 ? 'no size >= 5,000 measured' : large.map((r) => `${r.size}: ${fmt.pct(r.overhead[v])}`).join(', '),
    });
    targets.push({
      target: `${v}: overhead <= 1/6 of cdk-nag's (cdk-nag / ours >= 6)`,
      holds: results.every((r) => r.nagOverOurs[v] >= 6),
      detail: results.map((r) => `${r.size}: ${fmt.x(r.nagOverOurs[v])}`).join(', '),
    });
    const per = results.map((r) => r.usPerResource[v]);
    const spread = Math.max(...per) / Math.min(...per);
    const measured = results.map((r) => r.size);
    const span = `${Math.min(...measured)} to ${Math.max(...measured)}${Math.min(...measured) > 1000 || Math.max(...measured) < 20000 ? ', not the full 1,000 to 20,000' : ''}`;
    targets.push({
      target: `${v}: time per resource flat within 1.5x from 1,000 to 20,000`,
      holds: results.length < 2 || per.some((x) => x <= 0) ? null : spread <= 1.5,
      detail: `${results.map((r) => `${r.size}: ${fmt.us(r.usPerResource[v])} us`).join(', ')}; max/min ${fmt.x(spread)} (${span})`,
    });
    const mem = results.filter((r) => r.memory);
    for (const [what, of] of [
      ['peak RSS', (r: SizeResult) => r.rssOverhead![v]],
      ['V8 heap high-water', (r: SizeResult) => r.heapOverhead![v]],
    ] as const) {
      targets.push({
        target: `${v}: peak memory overhead <= 15% (${what})`,
        holds: mem.length === 0 ? null : mem.every((r) => of(r) <= 0.15),
        detail: mem.length === 0 ? 'not measured' : mem.map((r) => `${r.size}: ${fmt.pct(of(r))}`).join(', '),
      });
    }
  }
  return targets;
}

function render(
  results: readonly SizeResult[],
  profile: { size: number; plain: ProfileSummary; aspect: ProfileSummary } | undefined,
  targets: readonly Target[],
  load: { loadStart: number[]; loadEnd: number[] },
): string {
  const out: string[] = [];
  out.push(`\nVariants: ${VARIANTS.map((v) => `${v} = ${VARIANT_LABELS[v]}`).join('; ')}`);
  out.push('\nSynth time, median of runs (ms) [min-max]; overhead vs plain synth');
  out.push(
    table([
      [
        'size (resources, stacks)',
        ...VARIANTS,
        'aspect ovh',
        'plugin ovh',
        'nag ovh',
        'nag/aspect',
        'nag/plugin',
        'us/res aspect',
        'us/res plugin',
        'us/res nag',
      ],
      ...results.map((r) => [
        `${r.size} (${r.resources}, ${r.stacks})`,
        ...VARIANTS.map((v) => `${fmt.ms(r.medianMs[v])} [${fmt.ms(r.minMs[v])}-${fmt.ms(r.maxMs[v])}]`),
        fmt.pct(r.overhead.aspect),
        fmt.pct(r.overhead.plugin),
        fmt.pct(r.overhead.nag),
        fmt.x(r.nagOverOurs.aspect),
        fmt.x(r.nagOverOurs.plugin),
        fmt.us(r.usPerResource.aspect),
        fmt.us(r.usPerResource.plugin),
        fmt.us(r.usPerResource.nag),
      ]),
    ]),
  );
  if (results.some((r) => r.memory)) {
    out.push('\nMemory during synth, each (variant, size) in its own child process (MB); overhead vs plain (see scripts/bench/memory.ts)');
    out.push(
      table([
        [
          'size',
          ...VARIANTS.map((v) => `${v} RSS`),
          'aspect ovh',
          'plugin ovh',
          'nag ovh',
          ...VARIANTS.map((v) => `${v} heap`),
          'aspect ovh',
          'plugin ovh',
          'nag ovh',
        ],
        ...results
          .filter((r) => r.memory)
          .map((r) => [
            String(r.size),
            ...VARIANTS.map((v) => fmt.mb(r.memory![v].maxRssMb)),
            ...OURS.map((v) => fmt.pct(r.rssOverhead![v])),
            fmt.pct(r.rssOverhead!.nag),
            ...VARIANTS.map((v) => fmt.mb(r.memory![v].heapHighWaterMb)),
            ...OURS.map((v) => fmt.pct(r.heapOverhead![v])),
            fmt.pct(r.heapOverhead!.nag),
          ]),
      ]),
    );
    out.push('(RSS: peak RSS during synth; heap: V8 heap high-water mark during synth, from --trace-gc)');
  }
  if (results.some((r) => r.phasesMedianMs)) {
    out.push(
      '\nEngine phases, median ms over the timed synths (the engine times itself; the rest of the overhead is CDK work the checks cause, such as its validation report, and GC)',
    );
    const withPhases = results.filter((r) => r.phasesMedianMs);
    const columns = withPhases.flatMap((r) => OURS.map((v) => [r, v] as const));
    out.push(
      table([
        ['phase', ...columns.map(([r, v]) => `${r.size} ${v}`)],
        ...PHASES.map((p) => [PHASE_LABELS[p], ...columns.map(([r, v]) => fmt.ms(r.phasesMedianMs![v][p]))]),
        ['sum of phases', ...columns.map(([r, v]) => fmt.ms(PHASES.reduce((s, p) => s + r.phasesMedianMs![v][p], 0)))],
        ['overhead (median variant - median plain)', ...columns.map(([r, v]) => fmt.ms(r.medianMs[v] - r.medianMs.plain))],
      ]),
    );
  }
  if (profile) {
    const { plain, aspect } = profile;
    out.push(
      `\nCPU profiles at ${profile.size} resources, one synth each (node --cpu-prof, ${path.relative(process.cwd(), path.dirname(path.dirname(aspect.file)))}/cpuprofile-*): ms sampled under app.synth(), inclusive`,
    );
    const plainBy = new Map(plain.engine.map((r) => [r.fn, r.ms]));
    out.push(
      table([
        ['step (inclusive)', 'plain', 'aspect', 'aspect - plain'],
        ['app.synth() total', fmt.ms(plain.totalMs), fmt.ms(aspect.totalMs), fmt.ms(aspect.totalMs - plain.totalMs)],
        ...aspect.engine.map((r) => [r.fn, fmt.ms(plainBy.get(r.fn) ?? 0), fmt.ms(r.ms), fmt.ms(r.ms - (plainBy.get(r.fn) ?? 0))]),
      ]),
    );
    out.push('');
    const plainArea = new Map(plain.selfByArea.map((r) => [r.fn, r.ms]));
    out.push(
      table([
        ['self time by area', 'plain', 'aspect', 'aspect - plain'],
        ...aspect.selfByArea.map((r) => [r.fn, fmt.ms(plainArea.get(r.fn) ?? 0), fmt.ms(r.ms), fmt.ms(r.ms - (plainArea.get(r.fn) ?? 0))]),
      ]),
    );
    out.push('');
    out.push(
      table([
        ['aspect: top functions (inclusive)', 'ms', 'share'],
        ...aspect.topInclusive.map((r) => [r.fn, fmt.ms(r.ms), fmt.pct(r.share)]),
      ]),
    );
    out.push('');
    out.push(
      table([
        ['aspect: top functions of lib/ and rules/ (inclusive)', 'ms', 'share'],
        ...aspect.oursInclusive.map((r) => [r.fn, fmt.ms(r.ms), fmt.pct(r.share)]),
      ]),
    );
    out.push('');
    out.push(
      table([
        ['aspect: top functions of lib/ and rules/ (self)', 'ms', 'share'],
        ...aspect.oursSelf.map((r) => [r.fn, fmt.ms(r.ms), fmt.pct(r.share)]),
      ]),
    );
    out.push('');
    out.push(
      table([['aspect: top functions (self)', 'ms', 'share'], ...aspect.topSelf.map((r) => [r.fn, fmt.ms(r.ms), fmt.pct(r.share)])]),
    );
  }
  out.push('\nTargets (project issues #5 and #14)');
  out.push(
    table([
      ['target', 'holds', 'measured'],
      ...targets.map((t) => [t.target, t.holds === null ? 'n/a' : t.holds ? 'yes' : 'NO', t.detail]),
    ]),
  );
  out.push(
    `\nLoad average at start ${load.loadStart.map((l) => l.toFixed(2)).join(' ')}, at end ${load.loadEnd.map((l) => l.toFixed(2)).join(' ')} (${os.cpus().length} CPUs): other work on the machine makes these numbers noisy.`,
  );
  return out.join('\n');
}

/** gc() without --expose-gc on the command line, so `npm run bench` can stay a plain ts-node call. */
function exposeGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

function packageVersion(name: string): string {
  return (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** A short hash of every file under lib/ and rules/. */
function codeFingerprint(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile()) hash.update(p).update(fs.readFileSync(p));
    }
  };
  for (const d of ['lib', 'rules']) walk(path.join(ROOT, d));
  return hash.digest('hex').slice(0, 12);
}

function gitCommit(): string | undefined {
  const res = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return res.status === 0 ? res.stdout.trim() : undefined;
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
