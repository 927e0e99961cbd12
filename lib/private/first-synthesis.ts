import type { Stack } from 'aws-cdk-lib';

type Synthesize = (session: unknown) => unknown;
interface Hooked {
  synthesize?: Synthesize;
}

interface Waiting {
  readonly before: () => void;
  readonly after: () => void;
}

/** What waits on each hooked synthesizer, so two runs on one stack share one hook. */
const WAITING = new WeakMap<object, Waiting[]>();

/**
 * Calls `before` once, when CDK starts to synthesize the first of `stacks` (its stack synthesizer's
 * `synthesize`): after every aspect, `prepareApp` and every construct validation, before any of
 * their templates is written or their metadata collected. That is the last moment annotations can
 * still be added, and the first at which nothing of the app changes any more. Calls `after(stack)`
 * once each stack's synthesis has returned or thrown: its template is written.
 *
 * Returns false, hooking nothing, when a synthesizer cannot be hooked (a frozen object, or none):
 * the caller then runs at once.
 */
export function aroundSynthesis(stacks: readonly Stack[], before: () => void, after: (stack: Stack) => void): boolean {
  let ran = false;
  const once = () => {
    if (ran) return;
    ran = true;
    before();
  };
  const added: [object, Waiting][] = [];
  for (const stack of stacks) {
    const synthesizer = (stack as { synthesizer?: unknown }).synthesizer;
    if (!synthesizer || typeof synthesizer !== 'object' || !hook(synthesizer as Hooked)) {
      for (const [s, w] of added) WAITING.get(s)?.splice(WAITING.get(s)!.indexOf(w), 1);
      return false;
    }
    const waiting: Waiting = { before: once, after: () => after(stack) };
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
      writable: true,
      value: function (this: unknown, session: unknown) {
        restore();
        for (const w of waiting) w.before();
        try {
          return original.call(this, session);
        } finally {
          for (const w of waiting) w.after();
        }
      },
    });
  } catch {
    return false;
  }
  WAITING.set(synthesizer, waiting);
  return true;
}
