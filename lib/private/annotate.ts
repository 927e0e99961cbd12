import type { PolicyViolation } from 'aws-cdk-lib/core';
import type { IConstruct } from 'constructs';
import type { DutyInfo, DutyResult, ResourceResult } from '../results';
import { consoleText } from '../report/finding-text';
import { EVALUATOR_ERROR_ID } from './evaluate';
import { patternFix } from './pattern-fixes';

// The cloud assembly's metadata entry types for annotations (cloud-assembly-schema ArtifactMetadataEntryType).
const ERROR = 'aws:cdk:error';
const WARNING = 'aws:cdk:warning';
const INFO = 'aws:cdk:info';

/** The one call that waives a finding, as the console names it. */
export const ACKNOWLEDGE_CALL = "Validations.of(construct).acknowledge({ id: '<duty id>', reason: '...' })";

/** Whether a duty result is reported on the console: a finding, or an attestation someone let expire. */
export function isReported(d: DutyResult): boolean {
  return d.outcome === 'unconfigured' || d.outcome === 'unknown' || (d.outcome === 'needs-attestation' && d.expired === true);
}

/**
 * Whether a reported duty result is shown on the console, by the aspect's annotations and the
 * plugin's violations alike: errors and warnings are. Info findings (on resources CDK creates
 * itself, or of duties rated info) are kept in the results and the reports only.
 *
 * WHY: with the `@aws-cdk/core:annotationsInValidationReport` flag that `cdk init` sets, CDK drops
 * info annotations from its report, while without it the CLI prints them; showing no info on the
 * console is the one behaviour both settings, and both forms of the checks, can share.
 */
export function isShownOnConsole(d: DutyResult): boolean {
  return isReported(d) && d.severity !== 'info';
}

/** One finding as the console shows it. */
export interface ConsoleFinding {
  readonly resource: ResourceResult;
  readonly duty: DutyResult;
  /** `[duty-id] What is wrong. Fix: ...` */
  readonly text: string;
}

/** Finds the construct at a path, to recognise the L3 pattern a resource was made by. */
export type ConstructAt = (path: string) => IConstruct | undefined;

/**
 * The findings as short console lines. The first finding of a duty in a stack carries the fix;
 * the same duty on the stack's other resources says where that fix is, so one duty failing on
 * many resources takes one short line each and does not bury the rest. Every finding keeps its
 * line on its own construct, so each still fails synth and can be acknowledged where it is.
 */
export function consoleFindings(
  resources: readonly ResourceResult[],
  dutyById: ReadonlyMap<string, DutyInfo>,
  constructAt?: ConstructAt,
  options: { readonly forReport?: boolean } = {},
): ConsoleFinding[] {
  const firstAt = new Map<string, string>();
  const out: ConsoleFinding[] = [];
  for (const resource of resources) {
    for (const duty of resource.duties) {
      if (!isShownOnConsole(duty)) continue;
      const info = dutyById.get(duty.dutyId);
      const key = `${resource.stackPath}\0${duty.dutyId}`;
      const first = firstAt.get(key);
      if (first === undefined) firstAt.set(key, resource.path);
      const owner = constructAt?.(resource.path);
      const fixOptions = {
        isBareL1: resource.path === resource.cfnPath,
        fix: owner && info && duty.outcome === 'unconfigured' ? patternFix(duty.dutyId, owner, info.remediation.l2) : undefined,
      };
      const sameAs = first !== undefined ? `/${first}` : undefined;
      // CDK's validation report prints the construct and the acknowledgement id on lines of their
      // own: the description carries what is wrong and the fix, and a repeat only what is wrong.
      const text = options.forReport
        ? reportText(info, duty, fixOptions, sameAs)
        : consoleText(info, duty, { ...fixOptions, sameAs, withFix: true });
      out.push({ resource, duty, text });
    }
  }
  return out;
}

/**
 * A finding's description in CDK's validation report: what is wrong and the fix; a repeat of the
 * duty in the stack, only what is wrong, or, where that is too long to scan, where the fix is.
 */
function reportText(
  info: DutyInfo | undefined,
  duty: DutyResult,
  fixOptions: { readonly isBareL1: boolean; readonly fix?: string },
  sameAs: string | undefined,
): string {
  if (sameAs === undefined) return consoleText(info, duty, { ...fixOptions, withId: false, withFix: true });
  const what = consoleText(info, duty, { ...fixOptions, withId: false, withFix: false });
  return what.startsWith('Not met: ') ? consoleText(info, duty, { ...fixOptions, withId: false, sameAs }) : what;
}

/**
 * Emits each error and warning finding on the construct that owns the resource, in the exact
 * form CDK's `Validations.of(c).addError(id, m)` / `addWarning(id, m)` write, so `cdk synth` fails
 * on errors and users acknowledge the duty id.
 *
 * WHY not call `Validations.of(...)` itself: every call captures a stack trace, which points at
 * this file rather than the user's code (the user's line is in the results, from the creation
 * stack) and costs milliseconds each (far more under source-map-support), which on a large app
 * was most of our synth overhead. Waivers are decided before this point by the engine, from the
 * acknowledgements CDK records.
 */
export function annotate(
  resources: readonly ResourceResult[],
  owners: ReadonlyMap<string, IConstruct>,
  dutyById: ReadonlyMap<string, DutyInfo>,
): ConsoleFinding[] {
  const findings = consoleFindings(resources, dutyById, (p) => owners.get(p));
  for (const { resource, duty: d, text } of findings) {
    const owner = owners.get(resource.path);
    if (!owner) continue;
    // The trailing `(Annotation::id)` is how CDK's validation report (which the CLI now prints for
    // annotations too) finds the id to acknowledge: `Validations.of(c).acknowledge({ id })` with
    // it, or with the bare duty id, waives the finding. (`[ack: ...]` would invite
    // `Annotations.acknowledgeWarning`, which removes the line but waives nothing.)
    const id = d.evaluatorError ? EVALUATOR_ERROR_ID : d.dutyId;
    add(owner, isError(d) ? ERROR : WARNING, `${text} (Annotation::${id})`);
  }
  return findings;
}

function isError(d: DutyResult): boolean {
  return d.evaluatorError !== undefined || (d.severity === 'error' && d.outcome !== 'needs-attestation');
}

/** Counts of the reported findings by the level the console gives them; info ones are in the reports only. */
export interface FindingCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

export function countFindings(resources: readonly ResourceResult[]): FindingCounts {
  const count = { error: 0, warning: 0, info: 0 };
  for (const r of resources) {
    for (const d of r.duties) {
      if (!isReported(d)) continue;
      count[isError(d) ? 'error' : isShownOnConsole(d) ? 'warning' : 'info']++;
    }
  }
  return count;
}

/**
 * The line that ends the console output: counts by level, where the report is, how to waive.
 * `report` is the report or results file to read, as the user would type its path.
 */
export function summaryLine(count: FindingCounts, report: string | undefined): string {
  const counts = `${count.error} error(s), ${count.warning} warning(s), ${count.info} info`;
  const where = report ? ` Why, controls, info: ${report}.` : '';
  return `SharedResponsibility: ${counts}.${where} Waive one: ${ACKNOWLEDGE_CALL}.`;
}

/**
 * Adds the summary line. When the console shows a finding it is a warning, so it prints after the
 * findings of its stack whatever `@aws-cdk/core:annotationsInValidationReport` says (with that flag
 * CDK drops info annotations), and `--strict` already fails on the warnings it sums up. With only
 * info findings it is info: it says where they are without failing `--strict`. With none, nothing.
 */
export function annotateSummary(on: IConstruct, count: FindingCounts, report: string | undefined): void {
  if (count.error + count.warning + count.info === 0) return;
  const level = count.error + count.warning > 0 ? WARNING : INFO;
  add(on, level, `${summaryLine(count, report)} (Annotation::shared-responsibility-summary)`);
}

/**
 * The findings shown on the console (errors and warnings), as violations for CDK's validation report.
 *
 * `inNestedStage` tells which resources sit in a stack of a nested Stage (a CDK Pipelines stage).
 * The CDK CLI filters this report down to the stacks it selected, and a bare `cdk synth`, as CDK
 * Pipelines runs it, selects only the App's own stacks: a violation naming a construct in a Stage
 * would be dropped and the synth would pass. So such a violation names no construct path (the path
 * leads its description, and is in `ruleMetadata`): the CLI keeps a construct without a path
 * whatever the selection (`filterReportsByStacks` in the aws-cdk package). Nor does it give the
 * template, from which CDK would infer the path again.
 */
export function toViolations(
  resources: readonly ResourceResult[],
  dutyById: ReadonlyMap<string, DutyInfo>,
  constructAt: ConstructAt | undefined,
  inNestedStage: (r: ResourceResult) => boolean,
): PolicyViolation[] {
  return consoleFindings(resources, dutyById, constructAt, { forReport: true }).map(({ resource: r, duty: d, text }) => {
    const info = dutyById.get(d.dutyId);
    const nested = inNestedStage(r);
    return {
      ruleName: d.evaluatorError ? EVALUATOR_ERROR_ID : d.dutyId,
      description: nested ? `${r.path}: ${text}` : text,
      severity: d.severity,
      violatingResources: [
        nested ? { resourceLogicalId: r.logicalId, locations: ['Properties'] } : { constructPath: r.path, locations: ['Properties'] },
      ],
      ruleMetadata: {
        category: info?.category ?? '',
        outcome: d.outcome,
        fsbp: info?.controls.fsbp.join(' ') ?? '',
        nist: info?.controls.nist.join(' ') ?? '',
        constructPath: r.path,
        stackPath: r.stackPath,
        ...(info?.equivalents?.cdkNag?.length ? { cdkNag: info.equivalents.cdkNag.join(' ') } : {}),
      },
    };
  });
}

function add(owner: IConstruct, type: string, message: string): void {
  owner.node.addMetadata(type, message, { stackTrace: false });
}
