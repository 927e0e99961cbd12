import type { Catalog } from './model/catalog';
import { type DutySelection, selectDuties } from './model/lazy-catalog';
import { CATEGORIES, type Category, type Duty, SEVERITIES, type Severity } from './model/duty';
import type { ResourceTypeInfo } from './model/resource-type';
import { DEFAULT_SETTINGS, type DutySettings } from './model/settings';
import { dutiesByType } from './private/dispatch';
import {
  arrayOf,
  checkKeys,
  closest,
  isBoolean,
  isCalendarDate,
  isFalse,
  isObject,
  isString,
  objectOf,
  oneOf,
  recordOf,
  type ShapeCheck,
} from './private/option-shapes';
import { REPORT_FILES, type ReportFormat } from './report/write';
import { registerDuties } from './private/register-duties';
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
  /** The enabled duties' categories, known without loading them. */
  readonly dutyCategories: ReadonlySet<Category>;
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

/**
 * Every option and the shape of its value, in one list: an option is known when it is listed here,
 * so adding one is one line. The plugin adds its own (`failOnWarnings`).
 */
export const OPTION_SHAPES: Readonly<Record<keyof SharedResponsibilityChecksProps, ShapeCheck>> = {
  categories: arrayOf(isString),
  severityOverrides: recordOf(isString),
  unknownAsError: isBoolean,
  skipPaths: arrayOf(isString),
  resultsFile: oneOf(isString, isFalse),
  attestations: arrayOf(objectOf({ dutyId: isString, scope: isString, evidence: isString, expires: isString }, ['dutyId', 'evidence'])),
  dataClassification: objectOf({ tagKey: isString, sensitiveLevels: arrayOf(isString) }),
  checkCdkHelpers: isBoolean,
  reports: arrayOf(isString),
  repoRoot: isString,
  customDuties: arrayOf(isObject),
  disabledDuties: arrayOf(isString),
  honorCdkNagAcknowledgements: isBoolean,
};

/** Names the cloud assembly gives CDK's own files, which a results file must never replace. */
const CDK_FILE = /^(manifest\.json|tree\.json|cdk\.out|.*\.template\.json|.*\.assets\.json|.*\.metadata\.json)$/i;

/** Validates options against the catalog; a typo throws here, when the checks are constructed, not at synth. */
export function resolveOptions(
  props: SharedResponsibilityChecksProps,
  source: Catalog,
  { owner = 'SharedResponsibilityChecks', shapes = OPTION_SHAPES }: { owner?: string; shapes?: Readonly<Record<string, ShapeCheck>> } = {},
): ResolvedOptions {
  const fail = (message: string): never => {
    throw new Error(`${owner}: ${message}`);
  };
  if (props === null || typeof props !== 'object' || Array.isArray(props)) fail(`options must be an object, got ${String(props)}`);
  const wrong = checkKeys(props, shapes);
  if (wrong) fail(wrong);
  // The lazy catalog serves the common case without loading a duty; custom or disabled duties join the loaded catalog.
  const plain = isEmptyList(props.customDuties) && isEmptyList(props.disabledDuties);
  const registered = plain ? undefined : registerDuties(source.duties, props.customDuties, props.disabledDuties);
  const categories = props.categories ?? [...CATEGORIES];
  if (categories.length === 0) fail(`categories is empty, which checks nothing; leave it out to check all of ${CATEGORIES.join(', ')}.`);
  for (const c of categories) {
    if (!(CATEGORIES as readonly string[]).includes(c)) {
      fail(`unknown category '${c}'. Valid categories: ${CATEGORIES.join(', ')}.`);
    }
  }
  const selection =
    (registered ? undefined : selectDuties(source, (d) => categories.includes(d.category))) ??
    eagerSelection(registered?.all ?? source.duties, registered?.enabled ?? source.duties, categories);
  const known = selection.known;
  // Suggestions come from the ids alone: the lazy catalog's summaries, so no duty is loaded for a typo.
  const allIds = (): Iterable<string> =>
    registered ? registered.all.map((d) => d.id) : (source.lazy?.summaries.keys() ?? selection.dutyById.keys());
  const unknownDuty = (where: string, id: string): never =>
    fail(`${where} names unknown duty '${id}'${suggest(id, allIds())}. See the list of duties: ${DUTIES_DOC}.`);
  const overrides = props.severityOverrides ?? {};
  for (const [id, severity] of Object.entries(overrides)) {
    if (!known(id)) unknownDuty('severityOverrides', id);
    if (!(SEVERITIES as readonly string[]).includes(severity)) {
      fail(`severityOverrides['${id}'] is '${severity}'; use one of ${SEVERITIES.join(', ')}.`);
    }
  }
  const resultsFile = props.resultsFile ?? RESULTS_FILE;
  if (resultsFile !== false) {
    const problem = fileNameProblem(resultsFile);
    if (problem) fail(`resultsFile must be a plain file name or false, written inside the cloud assembly: '${resultsFile}' ${problem}.`);
  }
  const attestations = props.attestations ?? [];
  for (const a of attestations) {
    if (!known(a.dutyId)) unknownDuty('an attestation', a.dutyId);
    if (!selection.dutyById.get(a.dutyId)!.attestable) {
      fail(
        `an attestation names duty '${a.dutyId}', which the checks prove from the app itself; waive a finding of it with acknowledge instead.`,
      );
    }
    if (a.evidence.trim() === '') fail(`the attestation for '${a.dutyId}' needs its evidence.`);
    if (a.expires !== undefined && !isCalendarDate(a.expires)) {
      fail(`the attestation for '${a.dutyId}' expires on '${a.expires}', which is not a date; use YYYY-MM-DD.`);
    }
  }
  const reports = props.reports ?? [];
  for (const r of reports) {
    if (!REPORT_FORMATS.includes(r)) fail(`unknown report format '${String(r)}'; use ${REPORT_FORMATS.join(', ')}.`);
  }
  const skipPaths = (props.skipPaths ?? []).map((p) => p.replace(/\/+$/, ''));
  for (const p of skipPaths) {
    // WHY: '' and '/' are prefixes of every path, so they would skip the whole app without a word.
    if (p === '')
      fail(
        `skipPaths contains '${props.skipPaths![skipPaths.indexOf(p)]}', which skips every resource; name construct paths such as 'MyStack/Legacy'.`,
      );
  }
  const dataClassification = props.dataClassification ?? {};
  if (dataClassification.tagKey !== undefined && dataClassification.tagKey.trim() === '') fail('dataClassification.tagKey is empty.');
  return {
    duties: selection.duties,
    dutyIds: selection.dutyIds,
    dutyCategories: selection.dutyCategories,
    dutyById: selection.dutyById,
    resourceTypes: source.resourceTypes,
    dispatch: selection.dispatch,
    severityOf: (duty) => (Object.prototype.hasOwnProperty.call(overrides, duty.id) ? overrides[duty.id] : duty.severity),
    unknownSeverity: props.unknownAsError ? 'error' : 'warning',
    skipPaths,
    resultsFile,
    attestations,
    checkCdkHelpers: props.checkCdkHelpers ?? false,
    reports,
    repoRoot: props.repoRoot ?? process.cwd(),
    settings: {
      classificationTag: dataClassification.tagKey ?? DEFAULT_SETTINGS.classificationTag,
      sensitiveLevels: (dataClassification.sensitiveLevels ?? DEFAULT_SETTINGS.sensitiveLevels).map((l) => l.toLowerCase()),
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
    dutyCategories: new Set(duties.map((d) => d.category)),
    dutyById: new Map(catalog.map((d) => [d.id, d])),
    dispatch: dutiesByType(duties),
  };
}

function suggest(id: string, known: Iterable<string>): string {
  const near = closest(id, known);
  return near ? ` (did you mean '${near}'?)` : '';
}

/** Why `name` cannot be the results file's name, or undefined. */
function fileNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'is empty';
  if (name.includes('\0')) return 'contains a NUL character';
  if (/[\\/]/.test(name)) return 'is a path';
  if (name === '.' || name === '..') return 'names a directory';
  if (CDK_FILE.test(name)) return "is one of CDK's own files in the cloud assembly";
  if ((Object.values(REPORT_FILES) as string[]).includes(name)) return 'is the name of one of the reports';
  return undefined;
}
