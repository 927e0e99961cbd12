/**
 * Child process for one (variant, size): builds the app, synthesizes it once and prints one JSON
 * line. Run alone so the peak memory (or the CPU profile) of one variant is not polluted by
 * another:
 *
 *   node --expose-gc -r ts-node/register/transpile-only scripts/bench/probe.ts --variant aspect --size 5000 --seed 42
 *
 * Every variant's modules (aws-cdk-lib, this library and its catalog, cdk-nag) are loaded before
 * the app is built, so the baselines are equal and the difference is what synth does.
 */
import './env';
import * as fs from 'fs';
import { parseArgs } from 'util';
import * as v8 from 'v8';
import type { App } from 'aws-cdk-lib';
import { type Phase, phasesOfLastSynth, resetPhases } from './phases';
import { prepare, removeOutdir, VARIANTS, type Variant } from './variants';

export interface ProbeResult {
  readonly variant: Variant;
  readonly size: number;
  readonly resources: number;
  readonly stacks: number;
  readonly synthMs: number;
  /** The engine's phases in this synth (ms). */
  readonly phases: Record<Phase, number>;
  /** RSS after the app was built and garbage-collected, just before synth (MB). */
  readonly rssBeforeSynthMb: number;
  /**
   * Peak RSS (MB), process.resourceUsage().maxRSS: during synth when `peakReset` (the peak was reset
   * just before synth through /proc/self/clear_refs, Linux), else over the whole process.
   */
  readonly maxRssMb: number;
  readonly peakReset: boolean;
  /** V8's committed heap right after synth, before any collection (MB); V8 rarely shrinks it, so it approximates the heap's high-water mark. */
  readonly heapCommittedAfterSynthMb: number;
  readonly heapUsedBeforeSynthMb: number;
  readonly heapUsedAfterSynthMb: number;
}

const MB = 1024 * 1024;

/** Named so a CPU profile can be cut to what happens under it. */
function timedSynth(app: App): number {
  const start = process.hrtime.bigint();
  app.synth();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Resets the kernel's peak-RSS counter (VmHWM, which getrusage's maxRSS reports) to the current
 * RSS, so the peak we read afterwards is synth's and not the app's construction. Linux only.
 */
function resetPeakRss(): boolean {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

function main(): void {
  const { values } = parseArgs({
    options: {
      variant: { type: 'string' },
      size: { type: 'string' },
      seed: { type: 'string', default: '42' },
      // V8 prints a line per GC, with the heap used before and after it, while synth runs; the
      // largest "before" is the heap's high-water mark (see heapHighWater in bench/memory.ts).
      'trace-gc': { type: 'boolean', default: false },
    },
  });
  const variant = values.variant as Variant;
  if (!VARIANTS.includes(variant)) throw new Error(`--variant must be one of ${VARIANTS.join(', ')}; got '${values.variant}'`);
  const size = Number(values.size);
  const { bench, outdir } = prepare(variant, size, Number(values.seed));
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const peakReset = resetPeakRss();
  const before = process.memoryUsage();
  if (values['trace-gc']) v8.setFlagsFromString('--trace-gc');
  resetPhases();
  const synthMs = timedSynth(bench.app);
  const phases = phasesOfLastSynth();
  if (values['trace-gc']) v8.setFlagsFromString('--no-trace-gc');
  const heapUsedAfterSynthMb = process.memoryUsage().heapUsed / MB;
  const heap = v8.getHeapStatistics();
  const result: ProbeResult = {
    variant,
    size,
    resources: bench.resources,
    stacks: bench.stacks,
    synthMs,
    phases,
    rssBeforeSynthMb: before.rss / MB,
    maxRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
    peakReset,
    heapCommittedAfterSynthMb: heap.total_heap_size / MB,
    heapUsedBeforeSynthMb: before.heapUsed / MB,
    heapUsedAfterSynthMb,
  };
  removeOutdir(outdir);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main();
