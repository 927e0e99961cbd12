import type { Branches } from '../model/value';
import type { Verdict } from '../model/verdict';

/** One reading of a duty on a resource: the verdict, and what made it unknown if it was an `Fn::If`. */
export interface Judged {
  readonly verdict: Verdict;
  /** Set when the evaluator itself failed: such a reading is never merged away. */
  readonly evaluatorError?: string;
  /** The condition of the `Fn::If` the read stopped at, when it stopped at one. */
  readonly condition?: string;
}

/**
 * How many times one duty may be read on one resource while conditions are decided: four nested
 * conditions in full (1 + 2 + 4 + 8 + 16 readings). Beyond that the read stays unknown, naming the
 * condition it stopped at.
 */
export const MAX_READINGS = 31;

/**
 * A duty's verdict on a resource whose properties hold `Fn::If`s, read branch by branch: when a
 * read stops at a condition, the duty is read again with that condition true and with it false
 * (and so on for the next condition either reading meets). Every branch failing is a finding,
 * every branch passing is configured; only a mix, or a branch that is itself unknown, is unknown,
 * and says which condition decides.
 *
 * Conditions are taken as independent, though a template may tie them (`IsProd` and `Fn::Not
 * IsProd`): of the combinations read, the deploy takes one, so a verdict that holds in all holds.
 */
export function judgeByBranch(judge: (branches: Branches) => Judged, describeFinding: (verdict: Verdict) => string): Judged {
  let budget = MAX_READINGS;
  const read = (branches: Branches): Judged => {
    budget--;
    const judged = judge(branches);
    const condition = judged.condition;
    // A condition already decided that still stops the read comes from a reading this split cannot steer (another template's).
    if (condition === undefined || branches.has(condition) || budget < 2) return judged;
    const whenTrue = read(new Map([...branches, [condition, true]]));
    if (budget < 1) return judged;
    const whenFalse = read(new Map([...branches, [condition, false]]));
    return merge(condition, whenTrue, whenFalse, describeFinding) ?? judged;
  };
  return read(new Map());
}

const PASSING: ReadonlySet<Verdict['kind']> = new Set(['configured', 'not-applicable']);

/** The verdict both branches of `condition` support; undefined when a branch failed as a program (keep the plain reading). */
function merge(condition: string, t: Judged, f: Judged, describeFinding: (verdict: Verdict) => string): Judged | undefined {
  if (t.evaluatorError !== undefined || f.evaluatorError !== undefined) return t.evaluatorError !== undefined ? t : f;
  const a = t.verdict;
  const b = f.verdict;
  if (a.kind === 'unknown' || b.kind === 'unknown') {
    if (a.kind === 'unknown' && b.kind === 'unknown' && a.reason === b.reason) return t;
    const [side, v] = a.kind === 'unknown' ? ['true', a] : ['false', b as { reason: string }];
    return { verdict: { kind: 'unknown', reason: `when condition '${condition}' is ${side}, ${v.reason}` } };
  }
  if (a.kind === b.kind) return t;
  if (PASSING.has(a.kind) && PASSING.has(b.kind)) return { verdict: a.kind === 'configured' ? a : b };
  if (a.kind !== 'unconfigured' && b.kind !== 'unconfigured') return { verdict: a.kind === 'needs-attestation' ? a : b };
  const [finding, other, side] = a.kind === 'unconfigured' ? [a, b, 'true'] : [b, a, 'false'];
  const otherSide = side === 'true' ? 'false' : 'true';
  return {
    verdict: {
      kind: 'unknown',
      reason:
        `it depends on condition '${condition}': when it is ${side}, ${describeFinding(finding)}; ` +
        `when it is ${otherSide}, ${describeFinding(other)}`,
    },
  };
}
