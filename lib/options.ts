import type { Catalog } from './model/catalog';
import { type DutySelection, selectDuties } from './model/lazy-catalog';
import { CATEGORIES, type Category, type Duty, SEVERITIES, type Severity } from './model/duty';
import type { ResourceTypeInfo } from './model/resource-type';
import { DEFAULT_SETTINGS, type DutySettings } from './model/settings';
import { dutiesByType } from './private/dispatch';
import { registerDuties } from './private/register-duties';
import type { ReportFormat } from './report/write';
import { RESULTS_FILE } from './results';
import { DUTIES_DOC } from './private/version';

const REPORT_FORMATS: readonly ReportFormat[] = ['markdown', 'sarif', 'csv'];

export interface SharedResponsibilityChecksProps {
  /**
   * Only check duties of these categories.
   * @default - all six categories
   */
  readonly categories?: Category[];
  /**
   * Severity by duty id, replacing the duty's default.
   * @default - each duty's own severity
   */
  readonly severityOverrides?: Record<string, Severity>;
  /**
   * Report a duty whose outcome is unknown (a value that cannot be resolved at synth) as an error
   * instead of a warning.
   * @default false
   */
  readonly unknownAsError?: boolean;
  /**
   * Construct paths (or path prefixes, matched at a `/` boundary) to leave unchecked.
   * @default - none
   */
  readonly skipPaths?: string[];
  /**
   * File name of the results written into the cloud assembly, or `false` to write none.
   * @default 'shared-responsibility.results.json'
   */
  readonly resultsFile?: string | false;
  /**
   * Attestations for duties that cannot be proven from the app (account-level settings, runtime
   * state such as patch compliance). Each turns "needs attestation" into "attested", with its
   * evidence in the results. An expired attestation is reported, not honoured.
   * @default - none
   */
  readonly attestations?: AttestationInput[];
  /**
   * How data stores are classified: the tag that carries the classification, and the values that
   * mark data as sensitive. Setting it (even to `{}`) opts into classification: each data store
   * without the tag gets a finding. A store tagged sensitive must use a customer managed KMS key,
   * and its data-protection warnings become errors, whether or not the option is set.
   * @default - tag `DataClassification`, sensitive values `confidential` and `restricted`; untagged stores are listed once per app, at info
   */
  readonly dataClassification?: { readonly tagKey?: string; readonly sensitiveLevels?: string[] };
  /**
   * Check resources that CDK creates itself (custom-resource providers, log retention and
   * auto-delete handlers, bucket deployments) like any other. Otherwise their findings are
   * reported at info: the user did not write them and can rarely change them.
   * @default false
   */
  readonly checkCdkHelpers?: boolean;
  /**
   * Reports written beside the results file at synth: Markdown for a pull request, SARIF for code
   * scanning, CSV for auditors. Off by default because rendering them for a large app costs about
   * as much as the checks themselves; `cdk-shared-responsibility render` writes the same from a
   * cdk.out when a reviewer needs them.
   * @default - none
   */
  readonly reports?: ReportFormat[];
  /**
   * Directory that source locations in the reports are relative to.
   * @default process.cwd()
   */
  readonly repoRoot?: string;
  /**
   * Your organization's own duties, declared with `defineDuty({...})`. They run through the same
   * engine as the built-in ones: dispatch by resource type, unknown values, waivers, attestations,
   * severity overrides and every report. Their ids must not be those of built-in duties.
   * @default - none
   */
  readonly customDuties?: Duty[];
  /**
   * Built-in duties to turn off, by id. The results list them under `disabledDuties`, so what was
   * not checked stays visible.
   * @default - none
   */
  readonly disabledDuties?: string[];
  /**
   * Treat an acknowledgement of a cdk-nag rule (`Validations.of(scope).acknowledge({ id:
   * 'AwsSolutions-S10', reason })`) as a waiver of the duties that rule is equivalent to, on the
   * same subtree and with the same reason. The results mark such waivers as coming from cdk-nag.
   * @default false
   */
  readonly honorCdkNagAcknowledgements?: boolean;
}

export interface AttestationInput {
  readonly dutyId: string;
  /** Construct path prefix the attestation covers; '' (the default) covers the whole app. */
  readonly scope?: string;
  /** What proves the duty is done: a ticket, a report, a Security Hub control status. */
  readonly evidence: string;
  /** Last day (YYYY-MM-DD) the attestation holds. */
  readonly expires?: string;
}

export interface ResolvedOptions {
  readonly duties: readonly Duty[];
  /** The enabled duties' ids, known without loading them. */
  readonly dutyIds: readonly string[];
  /** Every duty of the catalog by id, enabled or not, for the text of results. */
  readonly dutyById: ReadonlyMap<string, Duty>;
  readonly resourceTypes: ReadonlyMap<string, ResourceTypeInfo>;
  /** The enabled duties by CloudFormation type, built once. */
  readonly dispatch: ReadonlyMap<string, readonly Duty[]>;
  readonly severityOf: (duty: Duty) => Severity;
  readonly unknownSeverity: Severity;
  readonly skipPaths: readonly string[];
  readonly resultsFile: string | false;
  readonly attestations: readonly AttestationInput[];
  readonly settings: DutySettings;
  readonly checkCdkHelpers: boolean;
  readonly reports: readonly ReportFormat[];
  readonly repoRoot: string;
  /** Today, as YYYY-MM-DD: attestations and waivers expire against it. */
  readonly today: string;
  /** Ids of the duties that came from `customDuties`. */
  readonly customDutyIds: ReadonlySet<string>;
  /** Built-in duties turned off by `disabledDuties`. */
  readonly disabledDuties: readonly string[];
  readonly honorCdkNagAcknowledgements: boolean;
}

/** Validates options against the catalog; a typo throws here, when the checks are constructed, not at synth. */
export function resolveOptions(props: SharedResponsibilityChecksProps, source: Catalog): ResolvedOptions {
  // The lazy catalog serves the common case without loading a duty; custom or disabled duties join the loaded catalog.
  const plain = isEmptyList(props.customDuties) && isEmptyList(props.disabledDuties);
  const registered = plain ? undefined : registerDuties(source.duties, props.customDuties, props.disabledDuties);
  const categories = props.categories ?? [...CATEGORIES];
  const selection =
    (registered ? undefined : selectDuties(source, (d) => categories.includes(d.category))) ??
    eagerSelection(registered?.all ?? source.duties, registered?.enabled ?? source.duties, categories);
  for (const c of categories) {
    if (!(CATEGORIES as readonly string[]).includes(c)) {
      throw new Error(`SharedResponsibilityChecks: unknown category '${c}'. Valid categories: ${CATEGORIES.join(', ')}.`);
    }
  }
  const known = selection.known;
  const overrides = props.severityOverrides ?? {};
  for (const [id, severity] of Object.entries(overrides)) {
    if (!known(id)) {
      throw new Error(`SharedResponsibilityChecks: severityOverrides names unknown duty '${id}'. See the list of duties: ${DUTIES_DOC}.`);
    }
    if (!(SEVERITIES as readonly string[]).includes(severity)) {
      throw new Error(`SharedResponsibilityChecks: severityOverrides['${id}'] is '${severity}'; use one of ${SEVERITIES.join(', ')}.`);
    }
  }
  const resultsFile = props.resultsFile ?? RESULTS_FILE;
  if (resultsFile !== false && (typeof resultsFile !== 'string' || resultsFile === '' || /[\\/]/.test(resultsFile))) {
    throw new Error(`SharedResponsibilityChecks: resultsFile must be a plain file name or false, got '${String(resultsFile)}'.`);
  }
  const attestations = props.attestations ?? [];
  for (const a of attestations) {
    if (!known(a.dutyId)) throw new Error(`SharedResponsibilityChecks: an attestation names unknown duty '${a.dutyId}'.`);
    if (typeof a.evidence !== 'string' || a.evidence.trim() === '') {
      throw new Error(`SharedResponsibilityChecks: the attestation for '${a.dutyId}' needs its evidence.`);
    }
    if (a.expires !== undefined && !isIsoDate(a.expires)) {
      throw new Error(`SharedResponsibilityChecks: the attestation for '${a.dutyId}' expires on '${a.expires}'; use YYYY-MM-DD.`);
    }
  }
  const reports = props.reports ?? [];
  for (const r of reports) {
    if (!REPORT_FORMATS.includes(r))
      throw new Error(`SharedResponsibilityChecks: unknown report format '${String(r)}'; use ${REPORT_FORMATS.join(', ')}.`);
  }
  return {
    duties: selection.duties,
    dutyIds: selection.dutyIds,
    dutyById: selection.dutyById,
    resourceTypes: source.resourceTypes,
    dispatch: selection.dispatch,
    severityOf: (duty) => (Object.prototype.hasOwnProperty.call(overrides, duty.id) ? overrides[duty.id] : duty.severity),
    unknownSeverity: props.unknownAsError ? 'error' : 'warning',
    skipPaths: (props.skipPaths ?? []).map((p) => p.replace(/\/+$/, '')),
    resultsFile,
    attestations,
    checkCdkHelpers: props.checkCdkHelpers ?? false,
    reports,
    repoRoot: props.repoRoot ?? process.cwd(),
    settings: {
      classificationTag: props.dataClassification?.tagKey ?? DEFAULT_SETTINGS.classificationTag,
      sensitiveLevels: (props.dataClassification?.sensitiveLevels ?? DEFAULT_SETTINGS.sensitiveLevels).map((l) => l.toLowerCase()),
      classificationRequired: props.dataClassification !== undefined,
    },
    today: new Date().toISOString().slice(0, 10),
    customDutyIds: registered?.customIds ?? new Set(),
    disabledDuties: registered?.disabled ?? [],
    honorCdkNagAcknowledgements: props.honorCdkNagAcknowledgements ?? false,
  };
}

function isEmptyList(value: unknown): boolean {
  return value === undefined || (Array.isArray(value) && value.length === 0);
}

function eagerSelection(catalog: readonly Duty[], enabled: readonly Duty[], categories: readonly Category[]): DutySelection {
  const known = new Set(catalog.map((d) => d.id));
  const duties = enabled.filter((d) => categories.includes(d.category));
  return {
    known: (id) => known.has(id),
    duties,
    dutyIds: duties.map((d) => d.id),
    dutyById: new Map(catalog.map((d) => [d.id, d])),
    dispatch: dutiesByType(duties),
  };
}

export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text));
}
