import type { Waiver } from '../results';
import type { AckRecord } from './collect';

/** The validation-plugin namespace of our findings; acknowledgements may use it or CDK's annotation namespace. */
export const PLUGIN_NAMESPACE = 'SharedResponsibility';

/**
 * The closest acknowledgement of `dutyId` at `path` or an ancestor. CDK records
 * `acknowledge({ id: 'x' })` as `Annotation::x`; `SharedResponsibility::x` is what the validation
 * plugin's findings are named.
 */
export function findWaiver(
  acks: ReadonlyMap<string, ReadonlyMap<string, AckRecord>>,
  path: string,
  dutyId: string,
): Omit<Waiver, 'waivedOutcome'> | undefined {
  if (acks.size === 0) return undefined;
  const ids = [`Annotation::${dutyId}`, `${PLUGIN_NAMESPACE}::${dutyId}`, dutyId];
  let at = path;
  for (;;) {
    const byId = acks.get(at);
    if (byId) {
      for (const id of ids) {
        const ack = byId.get(id);
        if (ack) return { reason: ack.reason, acknowledgedAt: at, acknowledgedId: ack.acknowledgedId };
      }
    }
    if (at === '') return undefined;
    const slash = at.lastIndexOf('/');
    at = slash === -1 ? '' : at.slice(0, slash);
  }
}
