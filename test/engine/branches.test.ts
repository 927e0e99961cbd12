import { judgeByBranch, type Judged } from '../../lib/private/branches';
import type { Branches } from '../../lib/model/value';
import type { Verdict } from '../../lib/model/verdict';

/**
 * A duty that stops at conditions C0, C1, ... in turn until `depth` are decided, then gives
 * `leaf(branches)`: the shape of a resource with that many nested Fn::Ifs.
 */
function nested(depth: number, leaf: (b: Branches) => Verdict): { judge: (b: Branches) => Judged; readings: () => number } {
  let readings = 0;
  return {
    judge: (b) => {
      readings++;
      for (let i = 0; i < depth; i++)
        if (!b.has(`C${i}`)) return { verdict: { kind: 'unknown', reason: `stopped at C${i}` }, condition: `C${i}` };
      return { verdict: leaf(b) };
    },
    readings: () => readings,
  };
}

const describeFinding = (v: Verdict) => v.kind;
const failing: Verdict = { kind: 'unconfigured', messageId: 'm' };

describe('judgeByBranch', () => {
  it('decides four nested conditions in full: every branch failing is a finding', () => {
    const d = nested(4, () => failing);
    expect(judgeByBranch(d.judge, describeFinding).verdict.kind).toBe('unconfigured');
    expect(d.readings()).toBe(31);
  });

  it('stays unknown beyond four, naming the condition it stopped at', () => {
    const d = nested(5, () => failing);
    const v = judgeByBranch(d.judge, describeFinding).verdict;
    expect(v).toEqual({ kind: 'unknown', reason: expect.stringContaining('stopped at C4') });
    expect(d.readings()).toBeLessThanOrEqual(31);
  });

  it('is unknown on a mix and names the condition that decides it', () => {
    const d = nested(2, (b) => (b.get('C1') ? { kind: 'configured' } : failing));
    const v = judgeByBranch(d.judge, describeFinding).verdict;
    expect(v).toEqual({ kind: 'unknown', reason: expect.stringContaining("condition 'C1'") });
  });

  it('keeps an internal error of one branch, never merged away', () => {
    const judged = judgeByBranch(
      (b) =>
        !b.has('C')
          ? { verdict: { kind: 'unknown', reason: 'stopped' }, condition: 'C' }
          : b.get('C')
            ? { verdict: { kind: 'configured' } }
            : { verdict: { kind: 'unknown', reason: 'internal error' }, evaluatorError: 'boom' },
      describeFinding,
    );
    expect(judged.evaluatorError).toBe('boom');
  });
});
