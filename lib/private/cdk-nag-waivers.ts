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

/**
 * The acknowledgements a template carries for cdk-nag: its `WriteNagSuppressionsToCloudFormationAspect`
 * (and cdk-nag 2) write each resource's into its `Metadata` as `cdk_nag: { rules_to_suppress: [{ id, reason }] }`,
 * which is all a scan of a plain template can see of them. By the resource's path.
 */
export function templateNagAcks(
  records: readonly { readonly cfnPath: string; readonly entry: Record<string, unknown> }[],
): Map<string, Map<string, AckRecord>> {
  const acks = new Map<string, Map<string, AckRecord>>();
  for (const r of records) {
    const rules = ((r.entry.Metadata as { cdk_nag?: { rules_to_suppress?: unknown } } | undefined)?.cdk_nag?.rules_to_suppress ??
      []) as unknown;
    if (!Array.isArray(rules)) continue;
    for (const rule of rules as { id?: unknown; reason?: unknown }[]) {
      if (typeof rule?.id !== 'string') continue;
      let byId = acks.get(r.cfnPath);
      if (!byId) acks.set(r.cfnPath, (byId = new Map()));
      byId.set(rule.id, { reason: typeof rule.reason === 'string' ? rule.reason : '', acknowledgedId: rule.id });
    }
  }
  return acks;
}
