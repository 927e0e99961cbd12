import type { Stack } from 'aws-cdk-lib';

type Synthesize = (session: unknown) => unknown;
interface Hooked {
  synthesize?: Synthesize;
}

/** The callbacks waiting on each hooked synthesizer, so two runs on one stack share one hook. */
const WAITING = new WeakMap<object, (() => void)[]>();

/**
 * Calls `run` once, when CDK starts to synthesize the first of `stacks` (its stack synthesizer's
 * `synthesize`): after every aspect, `prepareApp` and every construct validation, before any of
 * their templates is written or their metadata collected. That is the last moment annotations can
 * still be added, and the first at which nothing of the app changes any more.
 *
 * Returns false, hooking nothing, when a synthesizer cannot be hooked (a frozen object, or none):
 * the caller then runs at once.
 */
export function beforeFirstSynthesis(stacks: readonly Stack[], run: () => void): boolean {
  let ran = false;
  const once = () => {
    if (ran) return;
    ran = true;
    run();
  };
  const hooked: object[] = [];
  for (const stack of stacks) {
    const synthesizer = (stack as { synthesizer?: unknown }).synthesizer;
    if (!synthesizer || typeof synthesizer !== 'object' || !hook(synthesizer as Hooked)) {
      for (const s of hooked) WAITING.get(s)?.splice(WAITING.get(s)!.indexOf(once), 1);
      return false;
    }
    hooked.push(synthesizer);
    WAITING.get(synthesizer)!.push(once);
  }
  return true;
}

function hook(synthesizer: Hooked): boolean {
  if (WAITING.has(synthesizer)) return true;
  const original = synthesizer.synthesize;
  if (typeof original !== 'function') return false;
  const own = Object.getOwnPropertyDescriptor(synthesizer, 'synthesize');
  const waiting: (() => void)[] = [];
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
        for (const callback of waiting) callback();
        return original.call(this, session);
      },
    });
  } catch {
    return false;
  }
  WAITING.set(synthesizer, waiting);
  return true;
}
