import { scanTemplate } from '../../lib/scan';
import type { Outcome, Results } from '../../lib/results';
import { getAt, positions, replaceAt, type Template } from './arbitraries';

/**
 * The soundness properties of the engine under unresolvable values, stated over templates so
 * they can be checked on any input without a CDK app.
 *
 * Take a template S, a position p of a resource's Properties, and an alternative value `alt`.
 * T is S with the value v at p replaced by {"Fn::If": ["Cond", v, alt]}: at deploy, T is S when
 * the condition holds. B is S with v replaced by `alt`: T when it does not.
 *
 * - branch: if the engine reports duty D on resource R of T as configured, it must not report
 *   D on R of S as a finding (unconfigured or unknown). T can deploy as S, so "configured" for T
 *   claims something the engine itself denies for S.
 * - removal: the same for B, where `alt` is AWS::NoValue on a list element (B is S with one list
 *   element removed, which is still a valid template).
 * - preserve: if S has a finding of duty D anywhere, T has a finding of D somewhere. Wrapping a
 *   value in a condition can move a finding or turn it into unknown, but never make it vanish.
 * - decided: if S and B give duty D on the resource mutated the same verdict, configured or
 *   unconfigured, T gives it too: an Fn::If is read branch by branch, so a condition that does not
 *   change the verdict does not make it unknown.
 *
 * The wrapping condition is one the generated templates never use: T is S when it holds only if
 * S's own Fn::Ifs do not depend on it.
 *
 * Why not "replace a property by a token and expect unknown": many duties legitimately decide
 * from something else (a bucket policy on another resource, DeletionPolicy, the absence of a
 * resource), so a token in one place need not make the verdict unknown. The branch form needs no
 * knowledge of what a duty reads: it only compares the engine with itself.
 */

export type Property = 'branch' | 'removal' | 'preserve' | 'decided';

export interface Violation {
  readonly property: Property;
  readonly dutyId: string;
  /** Logical id of the resource whose verdict is wrong (for preserve: of the resource mutated). */
  readonly logicalId: string;
  readonly detail: string;
}

export interface Mutation {
  /** Logical id of the resource whose Properties change. */
  readonly resource: string;
  readonly at: readonly (string | number)[];
  readonly alt: unknown;
}

export const NO_VALUE = { Ref: 'AWS::NoValue' };
const FINDINGS: ReadonlySet<Outcome> = new Set(['unconfigured', 'unknown']);
const DECIDED: ReadonlySet<Outcome> = new Set(['configured', 'unconfigured']);
/** A condition name the generators never write (they write `Cond`). */
const WRAP_CONDITION = 'SoundnessWrap';

export function outcomeMap(results: Results): Map<string, Outcome> {
  const m = new Map<string, Outcome>();
  for (const r of results.resources) for (const d of r.duties) m.set(`${r.logicalId}\u0000${d.dutyId}`, d.outcome);
  return m;
}

function dutiesWithFindings(outcomes: ReadonlyMap<string, Outcome>): Set<string> {
  const s = new Set<string>();
  for (const [k, o] of outcomes) if (FINDINGS.has(o)) s.add(k.split('\u0000')[1]);
  return s;
}

export function withValue(template: Template, m: Mutation, value: unknown): Template {
  const resource = template.Resources[m.resource];
  const props = resource.Properties ?? {};
  return { Resources: { ...template.Resources, [m.resource]: { ...resource, Properties: replaceAt(props, m.at, value) ?? {} } } };
}

export function isListElement(at: readonly (string | number)[]): boolean {
  return at.length > 0 && typeof at[at.length - 1] === 'number';
}

/** Checks the three properties for one mutation of S; `base` is the engine's verdicts on S, if already known. */
export function checkMutation(s: Template, m: Mutation, base: ReadonlyMap<string, Outcome> = outcomeMap(scanTemplate(s))): Violation[] {
  const v = getAt(s.Resources[m.resource].Properties ?? {}, m.at);
  const t = outcomeMap(scanTemplate(withValue(s, m, { 'Fn::If': [WRAP_CONDITION, v, m.alt] })));
  const removal = isListElement(m.at) && JSON.stringify(m.alt) === JSON.stringify(NO_VALUE);
  const b = outcomeMap(scanTemplate(withValue(s, m, m.alt)));
  const out: Violation[] = [];
  for (const [k, o] of t) {
    const [logicalId, dutyId] = k.split('\u0000');
    const [inS, inB] = [base.get(k), b.get(k)];
    if (logicalId === m.resource && inS === inB && DECIDED.has(inS!) && o !== inS)
      out.push({ property: 'decided', dutyId, logicalId, detail: `${inS} in both branches, ${o} with the Fn::If` });
    if (o !== 'configured') continue;
    if (inS && FINDINGS.has(inS))
      out.push({ property: 'branch', dutyId, logicalId, detail: `configured with the Fn::If, ${inS} without it` });
    if (removal && inB && FINDINGS.has(inB))
      out.push({ property: 'removal', dutyId, logicalId, detail: `configured with the Fn::If, ${inB} when the list element is removed` });
  }
  const after = dutiesWithFindings(t);
  for (const dutyId of dutiesWithFindings(base)) {
    if (!after.has(dutyId))
      out.push({
        property: 'preserve',
        dutyId,
        logicalId: m.resource,
        detail: 'every finding of the duty vanished when the value was wrapped in an Fn::If',
      });
  }
  return out;
}

/** Positions worth wrapping: references to other resources (where evidence is linked), top-level properties and list elements. */
export function interestingPositions(props: unknown, maxDepth = 3): (string | number)[][] {
  return positions(props).filter((at) => {
    if (at.length === 0) return false;
    // Inside an intrinsic the arguments are not values of the property; wrapping them makes a malformed intrinsic.
    if (at.some((k) => typeof k === 'string' && (k === 'Ref' || k === 'Condition' || k.startsWith('Fn::')))) return false;
    const v = getAt(props, at);
    const isLink = v !== null && typeof v === 'object' && !Array.isArray(v) && ('Ref' in v || 'Fn::GetAtt' in v);
    return isLink || at.length <= maxDepth;
  });
}
