import type { Category, Controls, Equivalents, Remediation, ServiceModel, Severity } from './model/duty';
import type { SourceLocation } from './model/resource';
import type { NoDutyOfItsOwn } from './model/resource-type';

/**
 * The outcome of one duty on one resource. Exactly one per (resource, duty).
 * - `configured`: the customer's side is done, as far as the template shows.
 * - `unconfigured`: it is not; a finding is emitted at the duty's severity.
 * - `unknown`: a value it depends on cannot be resolved at synth (a parameter, an import, a condition).
 * - `not-applicable`: the duty does not apply to this resource as configured.
 * - `waived`: acknowledged with `Validations.of(scope).acknowledge({ id, reason })`; kept here with its reason.
 * - `needs-attestation`: the duty cannot be proven from the app (account-level settings, runtime
 *   state such as patch compliance); someone must attest to it.
 * - `attested`: an attestation with evidence covers it.
 */
export type Outcome = 'configured' | 'unconfigured' | 'unknown' | 'not-applicable' | 'waived' | 'needs-attestation' | 'attested';

export const OUTCOMES: readonly Outcome[] = [
  'configured',
  'unconfigured',
  'unknown',
  'not-applicable',
  'waived',
  'needs-attestation',
  'attested',
];

export interface Attestation {
  readonly evidence: string;
  /** Construct path prefix the attestation covers ('' for the whole app). */
  readonly scope: string;
  /** ISO date after which the attestation no longer holds. */
  readonly expires?: string;
}

export interface Waiver {
  readonly reason: string;
  /** Construct path where `acknowledge` was called. */
  readonly acknowledgedAt: string;
  /** The id as recorded by CDK, e.g. `Annotation::s3-bucket-require-tls`. */
  readonly acknowledgedId: string;
  /** What the outcome would have been without the waiver. */
  readonly waivedOutcome: 'unconfigured' | 'unknown';
  /** The date in the reason's `expires YYYY-MM-DD`, if it gave one. */
  readonly expires?: string;
  /**
   * Why the waiver was refused (an empty reason, an expiry that is not `expires YYYY-MM-DD` with a
   * real date); a refused waiver waives nothing.
   * @default - the waiver was accepted
   */
  readonly problem?: string;
  /**
   * Set when the acknowledgement was of an equivalent cdk-nag rule (`acknowledgedId` names it),
   * honoured because `honorCdkNagAcknowledgements` is on.
   * @default - an acknowledgement of the duty itself
   */
  readonly from?: 'cdk-nag';
}

/**
 * One duty on one resource. What every finding of a duty shares (why it is the customer's, the
 * fix, the controls) is in `Results.duties`, once; this holds what is particular to the resource.
 */
export interface DutyResult {
  readonly dutyId: string;
  readonly outcome: Outcome;
  /**
   * Effective severity after options: an unknown outcome reports at the unknown severity, a
   * resource CDK created itself at info, a sensitive store's data-protection warning as an error.
   */
  readonly severity: Severity;
  /**
   * What was found on this resource. Unconfigured: what is missing, with the value seen.
   * Unknown: which value cannot be decided at synth, and why. Not applicable, configured,
   * needs attestation: the reason or note, when the duty gives one.
   * @default - no text of its own
   */
  readonly detail?: string;
  /**
   * The acknowledgement that matched. It waived the outcome unless `expired` is set.
   * @default - none matched
   */
  readonly waiver?: Waiver;
  /**
   * The attestation that matched. It attested the duty unless `expired` is set.
   * @default - none matched
   */
  readonly attestation?: Attestation;
  /**
   * Set when the waiver or attestation that matched had expired, so it was not honoured.
   * @default false
   */
  readonly expired?: boolean;
  /**
   * Set when the severity was raised to error because the store is classified sensitive: the
   * classification tag that says so.
   * @default - the severity was not raised
   */
  readonly escalated?: string;
  /**
   * Set when the severity was lowered to info because CDK created the resource itself
   * (`ResourceResult.cdkHelper` says what it is) and `checkCdkHelpers` is off.
   * @default false
   */
  readonly asCdkHelper?: boolean;
  /**
   * Set when the duty's evaluator threw: the error, so the failure is never silent. The outcome is
   * then `unknown` at error severity.
   * @default - the evaluator returned a verdict
   */
  readonly evaluatorError?: string;
}

export interface ResourceResult {
  /** Path of the construct that owns the resource (the L2 where there is one). */
  readonly path: string;
  /** Path of the CloudFormation resource construct. */
  readonly cfnPath: string;
  readonly stackPath: string;
  /** The stack's template file, relative to the cloud assembly directory of its Stage. */
  readonly templateFile?: string;
  readonly logicalId: string;
  readonly type: string;
  readonly source?: SourceLocation;
  /** Set when CDK created the resource itself (a custom-resource provider, a log retention handler): what it is. */
  readonly cdkHelper?: string;
  readonly duties: readonly DutyResult[];
}

/** An acknowledgement of one of our duties that did not do what it says. */
export interface AcknowledgementProblem {
  /** Construct path where `acknowledge` was called. */
  readonly acknowledgedAt: string;
  /** The id as recorded by CDK. */
  readonly acknowledgedId: string;
  /**
   * - `invalid-reason`: the reason is empty or gives an expiry not written `expires YYYY-MM-DD`
   *   with a real date; the waiver waives nothing and the acknowledgement gets an error.
   * - `unknown-duty`: the id names no duty (a typo, a retired id); the message names the closest.
   * - `unused`: it names a duty but waived nothing that was checked.
   */
  readonly problem: 'invalid-reason' | 'unknown-duty' | 'unused';
  readonly message: string;
}

/** A part of the app left unchecked on purpose, and why. */
export interface SkippedScope {
  readonly path: string;
  readonly reason: string;
}

/** What the catalog says of a duty, for every resource it applies to. */
export interface DutyInfo {
  readonly title: string;
  readonly category: Category;
  /** The catalog's severity, before options. */
  readonly severity: Severity;
  /** What AWS does on its side for this duty. */
  readonly awsSide: string;
  /** What the customer must configure, and why it is theirs. */
  readonly customerSide: string;
  readonly remediation: Remediation;
  readonly controls: Controls;
  readonly sources: readonly string[];
  /**
   * Rules of other tools that check the same thing (cdk-nag rule ids).
   * @default - none known
   */
  readonly equivalents?: Equivalents;
  /**
   * Set when the duty is one of the organization's own (`customDuties`), not a built-in one.
   * @default false
   */
  readonly custom?: boolean;
}

/** What AWS runs for a resource type, which decides what is left to the customer. */
export interface ResourceTypeSummary {
  readonly serviceModel: ServiceModel;
  /** What AWS carries for this resource type (inherited controls). */
  readonly awsSide: string;
  /**
   * Set when the type carries no customer duty of its own (its resources have no duty below): why, and
   * where the duties it touches are judged.
   * @default - the type's duties are listed on its resources
   */
  readonly noDutyOfItsOwn?: NoDutyOfItsOwn;
}

export interface ResultsSummary {
  readonly resources: number;
  readonly byOutcome: Readonly<Record<Outcome, number>>;
  readonly errors: number;
  readonly warnings: number;
}

/**
 * The results file the checks write into the cloud assembly. Version 2 keeps each duty's and each
 * resource type's text once (`duties`, `resourceTypes`) instead of on every result.
 */
export interface Results {
  readonly schemaVersion: 2;
  readonly tool: { readonly name: string; readonly version: string };
  readonly summary: ResultsSummary;
  /** Every duty that has a result below, by id. */
  readonly duties: Readonly<Record<string, DutyInfo>>;
  /** Every covered resource type that has a result below, by CloudFormation type. */
  readonly resourceTypes: Readonly<Record<string, ResourceTypeSummary>>;
  /** Sorted by construct path. */
  readonly resources: readonly ResourceResult[];
  /** Resource types present in the checked scope that the catalog does not know: no duty covers them and none is known to be unneeded. */
  readonly uncoveredTypes: readonly string[];
  /** Stages that these results do not cover, with why. Empty when everything below the scope was checked. */
  readonly uncoveredStages: readonly string[];
  /**
   * Construct subtrees left unchecked by `skipPaths`, and categories no checks covered.
   * @default - nothing was skipped
   */
  readonly skipped?: readonly SkippedScope[];
  /**
   * Acknowledgements that were refused, name no duty, or waived nothing.
   * @default - none
   */
  readonly acknowledgementProblems?: readonly AcknowledgementProblem[];
  /**
   * Built-in duties turned off by the `disabledDuties` option: checked nowhere in these results.
   * @default - none were turned off
   */
  readonly disabledDuties?: readonly string[];
}

export const RESULTS_SCHEMA_VERSION = 2;

export const RESULTS_FILE = 'shared-responsibility.results.json';
