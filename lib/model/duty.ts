import type { EvaluationContext } from './context';
import type { Verdict } from './verdict';

/**
 * The six customer-side duty categories of the AWS Shared Responsibility Model.
 */
export const CATEGORIES = [
  'data-protection',
  'identity-and-access',
  'infrastructure-security',
  'configuration-and-vulnerability',
  'logging-and-monitoring',
  'resilience',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How much of the stack AWS runs for a resource type, which decides how much is left to the customer. */
export type ServiceModel = 'infrastructure' | 'container' | 'abstracted';

/** Standard control ids. FSBP ids are Security Hub "Foundational Security Best Practices" control ids. */
export interface Controls {
  /** Security Hub FSBP control ids, e.g. `S3.5`; empty when no FSBP control exists for this duty. */
  readonly fsbp: readonly string[];
  /** NIST SP 800-53 Rev. 5 control ids, e.g. `SC-8`. */
  readonly nist: readonly string[];
}

/** Rules of other tools that check the same thing, so their acknowledgements and reports can be matched to the duty. */
export interface Equivalents {
  /**
   * cdk-nag 3 rule ids as cdk-nag reports them, pack prefix included: `AwsSolutions-S10`,
   * `NIST.800.53.R5-S3BucketSSLRequestsOnly`.
   * @default - none
   */
  readonly cdkNag?: readonly string[];
}

export interface Remediation {
  /** What to set on the L2 construct, e.g. `new s3.Bucket(this, 'B', { enforceSSL: true })`. */
  readonly l2?: string;
  /** What to set on the CloudFormation resource (L1 or escape hatch). */
  readonly l1: string;
  /**
   * Resources the fix names that the user may still have to make (`log-bucket`, `web-acl`, ...),
   * each built so it meets its own duties, as docs/fixes.md shows. Built-in duties take theirs
   * from rules/companions.ts.
   * @default - none
   */
  readonly companions?: readonly string[];
}

/**
 * A customer-side duty: metadata that reads like documentation plus a pure evaluator.
 *
 * The evaluator receives the resource as CloudFormation will see it and the shared index, and
 * returns a verdict. It never walks the construct tree and never writes prose of its own: the
 * message comes from `messages`.
 */
export interface Duty<M extends string = string> {
  /** Stable kebab-case id, never reused. The id users acknowledge. */
  readonly id: string;
  readonly title: string;
  readonly category: Category;
  readonly resourceTypes: readonly string[];
  /** What AWS does on its side for this resource (inherited controls). */
  readonly awsSide: string;
  /** What the customer must configure, and why it is theirs. */
  readonly customerSide: string;
  readonly severity: Severity;
  /** Why the severity is what it is, where a reviewer could expect another (printed in the catalog docs). */
  readonly severityReason?: string;
  readonly remediation: Remediation;
  readonly controls: Controls;
  /** Documentation that backs every AWS fact the duty relies on (defaults, property names, safe values). */
  readonly sources: readonly string[];
  /** Message templates by id; `{name}` placeholders are filled from the verdict's data. */
  readonly messages: Readonly<Record<M, string>>;
  /**
   * Rules of other tools that check the same thing. Built-in duties take theirs from
   * `rules/cdk-nag-equivalents.ts`; a custom duty may declare its own.
   * @default - none
   */
  readonly equivalents?: Equivalents;
  readonly evaluate: (ctx: EvaluationContext) => Verdict<M>;
  /**
   * Set on a duty that the app cannot prove (account settings, run-time state), whose evaluator
   * answers "needs attestation": only such a duty takes an attestation.
   * @default false
   */
  readonly attestable?: boolean;
}

/**
 * Declares a duty. Message ids are inferred from `messages`, so a verdict that names a message the
 * duty does not declare fails to compile.
 */
export function defineDuty<M extends string>(duty: Duty<M>): Duty<M> {
  return duty;
}
