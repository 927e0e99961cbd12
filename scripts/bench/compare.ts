/**
 * `npm run bench:compare -- --against <checkout>`: this checkout's checks against another's (an
 * older commit, say `git worktree add /tmp/base <commit>` with a link to our `node_modules`), each
 * measurement in a fresh process, interleaved: every repetition runs plain synth and each side
 * once, in rotated order. Two benchmark runs made one after the other cannot tell a 10% change
 * from the machine's drift (the same code measured +25% and +65% at 5,000 resources in two runs);
 * interleaving puts both sides under the same drift.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { PHASES, type Phase } from './phases';
import { runProbe } from './run-probe';
import { benchLoad, BUILT_LIB, buildPackage, bundleChild, runSmallApp, type SmallVariant } from './small-apps';
import { fmt, median, rotate, table } from './stats';
import type { Variant } from './variants';

const ROOT = path.resolve(__dirname, '..', '..');

const HELP = `usage: npm run bench:compare -- --against <checkout> [--sizes 5000] [--runs 5] [--variant aspect] [--seed 42] [--small 3] [--load 15]

  --against  root of another checkout of this repository, with its own node_modules (or a link to ours)
  --variant  aspect or plugin: whose overhead over plain synth is compared
  --sizes    generated apps' sizes, each synth in a fresh process; 0 for none
  --small    also the ten app shapes of test/apps, whole fresh processes, this many repetitions
             (both checkouts' packages are built first, JavaScript only)
  --load     also require() of each built package, this many fresh processes per side`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      against: { type: 'string' },
      sizes: { type: 'string', default: '5000' },
      runs: { type: 'string', default: '5' },
      variant: { type: 'string', default: 'aspect' },
      seed: { type: 'string', default: '42' },
      small: { type: 'string', default: '0' },
      load: { type: 'string', default: '0' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(HELP);
  const against = values.against && path.resolve(values.against);
  if (!against || !fs.existsSync(path.join(against, 'scripts', 'bench', 'probe.ts'))) {
    throw new Error(`bench:compare: --against must name another checkout (with scripts/bench/probe.ts).\n\n${HELP}`);
  }
  const variant = values.variant;
  if (variant !== 'aspect' && variant !== 'plugin') throw new Error(`bench:compare: --variant is aspect or plugin.\n\n${HELP}`);
  const sides = [path.basename(against), 'this checkout'];
  const small = Number(values.small);
  const loads = Number(values.load);
  const libs = buildBoth(against);
  if (loads > 0) compareLoad(libs, sides, loads);
  if (small > 0) await compareSmall(libs, sides, variant, small);
  const sizes = values.sizes
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  // A checkout whose probe cannot load a built package measures its sources; then so does this one,
  // or the two sides would differ in what they load as well as in their code.
  const bundles = measuresBundle(against);
  if (sizes.length > 0 && !bundles)
    console.log(`\n${sides[0]}'s probe loads its sources only: both sides' generated apps measure the sources.`);
  const large = { roots: [undefined, against, undefined], libs: bundles ? [libs[1], libs[0], libs[1]] : [] };
  for (const size of sizes) compareLarge(size, large, variant, Number(values.runs), Number(values.seed), sides);
}

/** Whether a checkout's benchmark loads the built package when told to (`SR_BENCH_LIB`, see bench/variants.ts). */
function measuresBundle(root: string): boolean {
  const variants = path.join(root, 'scripts', 'bench', 'variants.ts');
  return fs.existsSync(variants) && fs.readFileSync(variants, 'utf8').includes('packageUnderTest');
}

/** Both checkouts' packages as they ship (JavaScript only): the main bundle of each. */
function buildBoth(against: string): string[] {
  buildPackage();
  const build = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'scripts/build.ts', '--no-declarations'], {
    cwd: against,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (build.status !== 0) throw new Error(`bench:compare: the build of ${against} failed`);
  return [path.join(against, path.relative(ROOT, BUILT_LIB)), BUILT_LIB];
}

function compareLoad(libs: readonly string[], sides: readonly string[], runs: number): void {
  const wall = libs.map(() => [] as number[]);
  const cpu = libs.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    for (const k of rotate([0, 1], i % 2)) {
      const r = benchLoad(1, libs[k]);
      wall[k].push(r.wallMs[0]);
      cpu[k].push(r.cpuMs[0]);
    }
  }
  console.log(`\nLoad: require() of the built package after aws-cdk-lib, ${runs} fresh processes per side, interleaved: medians, ms`);
  console.log(table([['', 'wall', 'CPU'], ...sides.map((s, k) => [s, median(wall[k]).toFixed(1), median(cpu[k]).toFixed(1)])]));
}

/** The ten shapes, plain and with each side's package; the overhead over all shapes, as `npm run bench` gives it. */
async function compareSmall(libs: readonly string[], sides: readonly string[], variant: SmallVariant, runs: number): Promise<void> {
  // Inside the repository: the bundled child finds aws-cdk-lib in our node_modules.
  const outDir = path.join(ROOT, 'bench', 'out', 'compare');
  fs.mkdirSync(outDir, { recursive: true });
  try {
    const child = await bundleChild(outDir);
    // [side][shape] -> whole-process ms of each repetition; side 0 is plain synth.
    const runsOf = [0, 1, 2].map(() => new Map<string, number[]>());
    const cpuOf = [0, 1, 2].map(() => new Map<string, number[]>());
    const push = (m: Map<string, number[]>, shape: string, x: number) => (m.get(shape) ?? m.set(shape, []).get(shape)!).push(x);
    const shapes = JSON.parse(
      spawnSync(process.execPath, ['-e', `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(child)}).SHAPES)))`], {
        cwd: ROOT,
        encoding: 'utf8',
      }).stdout,
    ) as string[];
    for (let r = 0; r < runs; r++) {
      for (const shape of shapes) {
        for (const k of rotate([0, 1, 2], r % 3)) {
          const run = runSmallApp(child, shape, k === 0 ? 'plain' : variant, k === 0 ? libs[1] : libs[k - 1], outDir);
          push(runsOf[k], shape, run.totalMs);
          push(cpuOf[k], shape, run.cpuMs);
        }
      }
      console.error(`  small apps: repetition ${r + 1}/${runs} done`);
    }
    const sum = (m: Map<string, number[]>) => shapes.reduce((n, s) => n + median(m.get(s)!), 0);
    const plainWall = sum(runsOf[0]);
    const plainCpu = sum(cpuOf[0]);
    console.log(
      `\nSmall apps: the ten shapes of test/apps, ${runs} fresh processes per shape and side (source maps on, as under tsx), interleaved: sums of medians, ms`,
    );
    console.log(
      table([
        ['', 'wall', 'overhead', 'CPU', 'overhead'],
        ['plain', fmt.ms(plainWall), '', fmt.ms(plainCpu), ''],
        ...sides.map((s, i) => {
          const w = sum(runsOf[i + 1]);
          const c = sum(cpuOf[i + 1]);
          return [`${variant} (${s})`, fmt.ms(w), fmt.pct((w - plainWall) / plainWall), fmt.ms(c), fmt.pct((c - plainCpu) / plainCpu)];
        }),
      ]),
    );
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

/** One generated app: plain synth, then each side's variant, each synth in a fresh process. */
function compareLarge(
  size: number,
  sideOf: { readonly roots: readonly (string | undefined)[]; readonly libs: readonly (string | undefined)[] },
  variant: Variant,
  runs: number,
  seed: number,
  sides: readonly string[],
): void {
  const labels = ['plain', ...sides.map((s) => `${variant} (${s})`)];
  const ms = labels.map(() => [] as number[]);
  const phases = labels.map(() => Object.fromEntries(PHASES.map((p) => [p, [] as number[]])) as Record<Phase, number[]>);
  for (let rep = 0; rep < runs; rep++) {
    for (const i of rotate([0, 1, 2], rep % 3)) {
      const { result } = runProbe(i === 0 ? 'plain' : variant, size, seed, { root: sideOf.roots[i], lib: sideOf.libs[i] });
      ms[i].push(result.synthMs);
      for (const p of PHASES) phases[i][p].push(result.phases[p]);
      console.error(`  @${size} run ${rep + 1}/${runs} ${labels[i]}: ${fmt.ms(result.synthMs)} ms`);
    }
  }
  const plain = median(ms[0]);
  const used = PHASES.filter((p) => labels.some((_, i) => median(phases[i][p]) > 0));
  console.log(`\n@${size} resources, ${runs} fresh-process synths per side, interleaved: medians, ms`);
  console.log(
    table([
      ['', 'synth', 'overhead', 'min', 'max', ...used],
      ...labels.map((l, i) => [
        l,
        fmt.ms(median(ms[i])),
        i === 0 ? '' : `${fmt.ms(median(ms[i]) - plain)} (${fmt.pct((median(ms[i]) - plain) / plain)})`,
        fmt.ms(Math.min(...ms[i])),
        fmt.ms(Math.max(...ms[i])),
        ...used.map((p) => (i === 0 ? '' : fmt.ms(median(phases[i][p])))),
      ]),
    ]),
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
