import type { Category, Controls, ServiceModel, Severity } from './model/duty';
import type { SourceLocation } from './model/resource';

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

export const OUTCOMES: readonly Outcome[] = ['configured', 'unconfigured', 'unknown', 'not-applicable', 'waived', 'needs-attestation', 'attested'];

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
}

export interface DutyResult {
  readonly dutyId: string;
  readonly category: Category;
  readonly outcome: Outcome;
  /** Effective severity after options (an unknown outcome reports at the unknown severity). */
  readonly severity: Severity;
  /** The finding text for unconfigured and unknown outcomes; the reason for not-applicable. */
  readonly message?: string;
  readonly controls: Controls;
  readonly waiver?: Waiver;
  readonly attestation?: Attestation;
  /** Set when a waiver or attestation matched but had expired, so it was not honoured. */
  readonly expired?: boolean;
  /** Set when the duty's evaluator threw: the error, so the failure is never silent. */
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
  readonly serviceModel?: ServiceModel;
  /** What AWS carries for this resource type (inherited controls). */
  readonly awsSide?: string;
  readonly source?: SourceLocation;
  /** Set when CDK created the resource itself (a custom-resource provider, a log retention handler): what it is. */
  readonly cdkHelper?: string;
  readonly duties: readonly DutyResult[];
}

export interface ResultsSummary {
  readonly resources: number;
  readonly byOutcome: Readonly<Record<Outcome, number>>;
  readonly errors: number;
  readonly warnings: number;
}

/** The results file the checks write into the cloud assembly. */
export interface Results {
  readonly schemaVersion: 1;
  readonly tool: { readonly name: string; readonly version: string };
  readonly summary: ResultsSummary;
  readonly resources: readonly ResourceResult[];
  /** Resource types present in the checked scope that no duty covers. */
  readonly uncoveredTypes: readonly string[];
  /** Stages that these results do not cover, with why. Empty when everything below the scope was checked. */
  readonly uncoveredStages: readonly string[];
}

export const RESULTS_FILE = 'shared-responsibility.results.json';
