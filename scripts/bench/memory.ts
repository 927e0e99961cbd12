import type { ProbeResult } from './probe';
import { runProbe } from './run-probe';
import { VARIANTS, type Variant } from './variants';

export interface MemoryResult extends ProbeResult {
  /** The V8 heap's high-water mark during synth (MB): the largest heap seen before any GC, or at the end. */
  readonly heapHighWaterMb: number;
}

export interface MemoryComparison {
  readonly memory: Record<Variant, MemoryResult>;
  /**
   * Peak RSS: what synth adds to the variant's process (peak - RSS before synth) minus what it adds
   * to plain's, relative to plain's peak. Taking each process's own growth cancels the noise in the
   * baseline (module loading, construction); RSS cannot see growth that fits in pages V8 already holds.
   */
  readonly rssOverhead: Record<Variant, number>;
  /** V8 heap high-water mark of the variant minus plain's, relative to plain's. */
  readonly heapOverhead: Record<Variant, number>;
}

/** Peak memory of each variant in its own child process, so one variant's garbage cannot inflate another's peak. */
export function compareMemory(size: number, seed: number, log: (line: string) => void, lib?: string): MemoryComparison {
  const memory = {} as Record<Variant, MemoryResult>;
  for (const v of VARIANTS) {
    memory[v] = probeMemory(v, size, seed, lib);
    log(
      `  memory @${size} ${v}: peak RSS ${memory[v].maxRssMb.toFixed(0)} MB (before synth ${memory[v].rssBeforeSynthMb.toFixed(0)}), heap high-water ${memory[v].heapHighWaterMb.toFixed(0)} MB`,
    );
  }
  const per = (f: (v: Variant) => number) => Object.fromEntries(VARIANTS.map((v) => [v, f(v)])) as Record<Variant, number>;
  const growth = (v: Variant) => memory[v].maxRssMb - memory[v].rssBeforeSynthMb;
  return {
    memory,
    rssOverhead: per((v) => (growth(v) - growth('plain')) / memory.plain.maxRssMb),
    heapOverhead: per((v) => (memory[v].heapHighWaterMb - memory.plain.heapHighWaterMb) / memory.plain.heapHighWaterMb),
  };
}

function probeMemory(variant: Variant, size: number, seed: number, lib: string | undefined): MemoryResult {
  const { result, lines } = runProbe(variant, size, seed, { probeArgs: ['--trace-gc'], lib });
  return { ...result, heapHighWaterMb: Math.max(result.heapUsedAfterSynthMb, ...heapBeforeEachGc(lines)) };
}

/** From V8's --trace-gc lines ("Scavenge 200.1 (219.8) -> 197.8 (226.3) MB, ..."): the heap used before each GC, in MB. */
export function heapBeforeEachGc(lines: readonly string[]): number[] {
  const out: number[] = [];
  for (const line of lines) {
    const m = /(\d+(?:\.\d+)?) \(\d+(?:\.\d+)?\) -> \d+(?:\.\d+)? \(\d+(?:\.\d+)?\) MB/.exec(line);
    if (m) out.push(Number(m[1]));
  }
  return out;
}
