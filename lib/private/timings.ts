/**
 * Where the engine's time goes, for the benchmark (scripts/bench.ts): each phase adds its
 * milliseconds to a process-wide tally that the benchmark resets before a synth and reads after.
 * Two clock reads per phase per run, and per resource resolved when first read (see `lazyRecord`):
 * a phase timed inside another (resolve inside evaluate) is counted in its own line only.
 */
export type Phase = 'collect' | 'resolve' | 'read' | 'index' | 'evaluate' | 'annotate' | 'write';

const tally = new Map<Phase, number>();
/** Milliseconds spent in phases nested in the one running now. */
let nested = 0;

export function timed<T>(phase: Phase, work: () => T): T {
  const start = process.hrtime.bigint();
  const outer = nested;
  nested = 0;
  try {
    return work();
  } finally {
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    tally.set(phase, (tally.get(phase) ?? 0) + elapsed - nested);
    nested = outer + elapsed;
  }
}

/** The milliseconds spent in each phase since the last reset, and a fresh tally. */
export function takePhaseTimes(): Partial<Record<Phase, number>> {
  const out = Object.fromEntries(tally) as Partial<Record<Phase, number>>;
  tally.clear();
  return out;
}
