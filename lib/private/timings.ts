/**
 * Where the engine's time goes, for the benchmark (scripts/bench.ts): each phase adds its
 * milliseconds to a process-wide tally that the benchmark resets before a synth and reads after.
 * Two clock reads per phase per run; nothing per resource.
 */
export type Phase = 'collect' | 'resolve' | 'read' | 'index' | 'evaluate' | 'annotate' | 'write';

const tally = new Map<Phase, number>();

export function timed<T>(phase: Phase, work: () => T): T {
  const start = process.hrtime.bigint();
  try {
    return work();
  } finally {
    tally.set(phase, (tally.get(phase) ?? 0) + Number(process.hrtime.bigint() - start) / 1e6);
  }
}

/** The milliseconds spent in each phase since the last reset, and a fresh tally. */
export function takePhaseTimes(): Partial<Record<Phase, number>> {
  const out = Object.fromEntries(tally) as Partial<Record<Phase, number>>;
  tally.clear();
  return out;
}
