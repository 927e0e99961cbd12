import type { Attachments, EvaluationContext } from '../context';
import { isPublicAllow, statements, stringList } from '../policy';
import type { ResourceRecord } from '../resource';

/**
 * How a service's resource policies (queue, topic, secret policies) are tied to the resource they
 * apply to, for the duties that judge them. Each such duty runs on both sides of the link: on the
 * resource, with the policies attached to it, and on each policy, which is judged there only when
 * its target is not surely a resource of the template.
 */
export interface ResourcePolicies {
  /** The type of the resource the policies apply to. */
  readonly target: string;
  /** On a target: the policies attached to it, surely or maybe (an Fn::If, a parameter). */
  readonly attached: (ctx: EvaluationContext) => Attachments;
  /** On a policy: the targets of the template it is judged with, or undefined when it is judged on its own. */
  readonly linked: (ctx: EvaluationContext) => readonly ResourceRecord[] | undefined;
}

export type PolicyScope =
  /** The resource evaluated is a policy judged with its targets, on them. */
  | { readonly kind: 'on-targets'; readonly targets: readonly ResourceRecord[] }
  /**
   * Judge these policies here. `settle(decides)` then makes the duty unknown when a policy that
   * may be attached would change the verdict (`decides` holds for it).
   */
  | {
      readonly kind: 'judge';
      readonly policies: readonly ResourceRecord[];
      readonly settle: (decides: (policy: ResourceRecord) => boolean) => void;
    };

/** What a duty about resource policies judges on the resource being evaluated. */
export function policyScope(ctx: EvaluationContext, links: ResourcePolicies): PolicyScope {
  const targets = links.linked(ctx);
  if (targets) return { kind: 'on-targets', targets };
  if (ctx.resource.type !== links.target) return { kind: 'judge', policies: [ctx.resource], settle: () => undefined };
  const attached = links.attached(ctx);
  return { kind: 'judge', policies: attached.sure, settle: (decides) => attached.settle(decides) };
}

/** The first statement of the policies' documents (at `property`) that allows everyone with no confining condition. */
export function firstPublicAllow(
  ctx: EvaluationContext,
  policies: readonly ResourceRecord[],
  property = 'PolicyDocument',
): { policy: string; actions: string } | undefined {
  for (const policy of policies) {
    for (const s of statements(ctx.propsOf(policy).at(property))) {
      if (isPublicAllow(s)) return { policy: policy.logicalId, actions: (stringList(s.at('Action')) ?? ['(NotAction)']).join(', ') };
    }
  }
  return undefined;
}
