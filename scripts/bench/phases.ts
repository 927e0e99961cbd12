import { type Phase, takePhaseTimes } from '../../lib/private/timings';
import { BENCH_LIB } from './env';

export type { Phase };

/** The engine's phases in run order; `resolve` (the aspect) and `read` (the plugins) are alternatives. */
export const PHASES: readonly Phase[] = ['collect', 'resolve', 'read', 'index', 'evaluate', 'annotate', 'write'];

export const PHASE_LABELS: Readonly<Record<Phase, string>> = {
  collect: 'collect (walk the tree once)',
  resolve: 'resolve (stack.resolve per resource read; aspect, before templates exist)',
  read: 'read (parse the written templates; plugins)',
  index: 'index (new ResourceIndex)',
  evaluate: 'evaluate (duties dispatched by type)',
  annotate: 'annotate (findings on constructs; aspect)',
  write: 'write (results file)',
};

/**
 * What the engine timed itself during the synth that just ran (lib/private/timings.ts): the same
 * run that was measured, not a rerun. Phases it did not enter are 0.
 */
export function phasesOfLastSynth(): Record<Phase, number> {
  const t = takeTimes();
  return Object.fromEntries(PHASES.map((p) => [p, t[p] ?? 0])) as Record<Phase, number>;
}

/** Clears what an earlier synth (a warm-up, say) left in the tally. */
export function resetPhases(): void {
  takeTimes();
}

/**
 * The tally of the package under test: the built bundle keeps its own copy of the timings module,
 * which it exposes to its service files (scripts/build.ts).
 */
function takeTimes(): Partial<Record<Phase, number>> {
  const lib = process.env[BENCH_LIB];
  if (!lib) return takePhaseTimes();
  // Not loaded (plain synth): nothing was timed, and loading it now would add to what is measured.
  if (!require.cache[require.resolve(lib)]) return {};
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const shared = (require(lib) as { __sharedModules?: Record<string, { takePhaseTimes?: typeof takePhaseTimes }> }).__sharedModules;
  const take = shared?.['lib/private/timings']?.takePhaseTimes;
  if (!take) throw new Error(`bench: ${lib} does not expose its phase timings (see scripts/build.ts)`);
  return take();
}
