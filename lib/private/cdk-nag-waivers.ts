import type { Waiver } from '../results';
import type { AckRecord } from './collect';

/**
 * cdk-nag 3 reads an acknowledgement key with any `annotation::` prefix removed, in any case: CDK
 * before 2.262.1 wrote `annotation::AwsSolutions-S10`, later versions `Annotation::AwsSolutions-S10`
 * (cdk-nag/lib/nag-pack.js, isAcknowledged). The same reading here, so an acknowledgement cdk-nag
 * honours is honoured for the equivalent duty, and no other.
 */
const ANNOTATION_PREFIX = /^annotation::/i;

/**
 * The closest acknowledgement, at `path` or an ancestor, of one of the cdk-nag rules equivalent to
 * a duty. A finding-level acknowledgement (`AwsSolutions-IAM5[Action::s3:*]`) waives one finding of
 * the rule, not the rule, so it waives no duty.
 */
export function findCdkNagWaiver(
  acks: ReadonlyMap<string, ReadonlyMap<string, AckRecord>>,
  path: string,
  ruleIds: readonly string[] | undefined,
): Omit<Waiver, 'waivedOutcome'> | undefined {
  if (acks.size === 0 || !ruleIds || ruleIds.length === 0) return undefined;
  let at = path;
  for (;;) {
    const byId = acks.get(at);
    if (byId) {
      for (const [key, ack] of byId) {
        if (ruleIds.includes(key.replace(ANNOTATION_PREFIX, ''))) {
          return { reason: ack.reason, acknowledgedAt: at, acknowledgedId: ack.acknowledgedId, from: 'cdk-nag' };
        }
      }
    }
    if (at === '') return undefined;
    const slash = at.lastIndexOf('/');
    at = slash === -1 ? '' : at.slice(0, slash);
  }
}
