import type { AcknowledgementProblem, ResourceResult } from '../results';
import type { AckRecord } from './collect';
import { readWaiverReason } from './expiry';
import { closest } from './option-shapes';
import { PLUGIN_NAMESPACE } from './waivers';

/** Our duty-shaped ids: kebab-case. Acknowledgements of anything else (cdk-nag, CDK's own warnings) are not ours to judge. */
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)+$/;

/**
 * Every acknowledgement that names, or seems meant to name, one of our duties, judged: a reason
 * that cannot be accepted (empty, an expiry not written `expires YYYY-MM-DD`), an id that names no
 * duty (a typo, a retired id; with the closest id), one that waived nothing in what was checked.
 *
 * @param dutyIds every duty of the catalog, enabled or not
 * @param otherIds ids of our own annotations that are not duties (they may be acknowledged too)
 */
export function reviewAcknowledgements(
  acks: ReadonlyMap<string, ReadonlyMap<string, AckRecord>>,
  resources: Iterable<ResourceResult>,
  dutyIds: ReadonlySet<string>,
  otherIds: ReadonlySet<string>,
): AcknowledgementProblem[] {
  const used = new Set<string>();
  for (const r of resources) {
    for (const d of r.duties) if (d.waiver) used.add(`${d.waiver.acknowledgedAt}\0${d.waiver.acknowledgedId}`);
  }
  const problems: AcknowledgementProblem[] = [];
  for (const [at, byId] of acks) {
    for (const [acknowledgedId, ack] of byId) {
      const ns = acknowledgedId.indexOf('::');
      const prefix = ns === -1 ? '' : acknowledgedId.slice(0, ns);
      const id = ns === -1 ? acknowledgedId : acknowledgedId.slice(ns + 2);
      if (prefix !== '' && prefix !== 'Annotation' && prefix !== PLUGIN_NAMESPACE) continue;
      if (otherIds.has(id)) continue;
      const base = { acknowledgedAt: at, acknowledgedId };
      if (!dutyIds.has(id)) {
        // Under our namespace it can only be meant for us; elsewhere only a near miss of a duty id is.
        const near = closest(id, dutyIds);
        if (prefix === PLUGIN_NAMESPACE || (KEBAB.test(id) && near)) {
          problems.push({
            ...base,
            problem: 'unknown-duty',
            message: `acknowledges '${id}', which names no duty${near ? `; did you mean '${near}'?` : ''}`,
          });
        }
        continue;
      }
      const { problem } = readWaiverReason(ack.reason);
      if (problem) {
        problems.push({ ...base, problem: 'invalid-reason', message: `the waiver of '${id}' is refused: ${problem}` });
      } else if (!used.has(`${at}\0${acknowledgedId}`)) {
        problems.push({ ...base, problem: 'unused', message: `the waiver of '${id}' waived nothing that was checked` });
      }
    }
  }
  return problems;
}
