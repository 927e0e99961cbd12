import type { Stack } from 'aws-cdk-lib/core';

type Synthesize = (session: unknown) => unknown;
interface Hooked {
  synthesize?: Synthesize;
}

interface Waiting {
  /** Called when CDK is about to synthesize this waiter's stack. */
  readonly starts: () => void;
}

/** What waits on each hooked synthesizer, so two runs on one stack share one hook. */
const WAITING = new WeakMap<object, Waiting[]>();

/**
 * Calls `before` once, when CDK starts to synthesize the first of `stacks` (it reads its stack
 * synthesizer's `synthesize` to call it): after every aspect, `prepareApp` and every construct
 * validation, before any of their templates is written or their metadata collected. That is the last
 * moment annotations can still be added, and the first at which nothing of the app changes any more.
 * Calls `written(stack)` for each of `stacks` whose template is written by the time CDK starts on
 * the next of them; the last one's is written when the synth returns, which the caller must see to.
 *
 * WHY on reading the method rather than around the call: nothing of ours is then on the call stack
 * while CDK synthesizes a stack. CDK records a stack trace for each construct it creates there (the
 * bootstrap version parameter and rule), and under Node's source maps, which tsx turns on for every
 * `cdk init` app, a frame of ours in one makes Node decode our bundle's source map: 50 ms of every
 * synth, and megabytes of heap, for a trace nobody reads (docs/performance.md).
 *
 * Returns false, hooking nothing, when a synthesizer cannot be hooked (a frozen object, or none):
 * the caller then runs at once.
 */
export function aroundSynthesis(stacks: readonly Stack[], before: () => void, written: (stack: Stack) => void): boolean {
  let ran = false;
  let current: Stack | undefined;
  const added: [object, Waiting][] = [];
  for (const stack of stacks) {
    const synthesizer = (stack as { synthesizer?: unknown }).synthesizer;
    if (!synthesizer || typeof synthesizer !== 'object' || !hook(synthesizer as Hooked)) {
      for (const [s, w] of added) WAITING.get(s)?.splice(WAITING.get(s)!.indexOf(w), 1);
      return false;
    }
    const waiting: Waiting = {
      starts: () => {
        // CDK synthesizes one stack at a time, to the end: the one before is written.
        if (current && current !== stack) written(current);
        current = stack;
        if (ran) return;
        ran = true;
        before();
      },
    };
    WAITING.get(synthesizer)!.push(waiting);
    added.push([synthesizer, waiting]);
  }
  return true;
}

function hook(synthesizer: Hooked): boolean {
  if (WAITING.has(synthesizer)) return true;
  const original = synthesizer.synthesize;
  if (typeof original !== 'function') return false;
  const own = Object.getOwnPropertyDescriptor(synthesizer, 'synthesize');
  const waiting: Waiting[] = [];
  const restore = () => {
    WAITING.delete(synthesizer);
    if (own) Object.defineProperty(synthesizer, 'synthesize', own);
    else delete synthesizer.synthesize;
  };
  try {
    Object.defineProperty(synthesizer, 'synthesize', {
      configurable: true,
      enumerable: own?.enumerable ?? false,
      get() {
        restore();
        for (const w of waiting) w.starts();
        return original;
      },
      set(value: Synthesize) {
        restore();
        synthesizer.synthesize = value;
      },
    });
  } catch {
    return false;
  }
  WAITING.set(synthesizer, waiting);
  return true;
}
