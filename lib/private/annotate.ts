import type { PolicyViolation } from 'aws-cdk-lib';
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
      if (!isReported(duty)) continue;
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
      // An info finding is advice: its fix is in the reports, which the summary line names.
      const advice = duty.severity === 'info' && !duty.evaluatorError;
      const text = options.forReport
        ? consoleText(info, duty, { ...fixOptions, withId: false, withFix: sameAs === undefined && !advice })
        : consoleText(info, duty, { ...fixOptions, sameAs: advice ? undefined : sameAs, withFix: !advice });
      out.push({ resource, duty, text });
    }
  }
  return out;
}

/**
 * Emits each unconfigured or unknown duty on the construct that owns the resource, in the exact
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
    const level =
      d.evaluatorError || (d.severity === 'error' && d.outcome !== 'needs-attestation') ? ERROR : d.severity === 'info' ? INFO : WARNING;
    add(owner, level, `${text} (Annotation::${id})`);
  }
  return findings;
}

/**
 * The line that ends the console output: counts by level, where the report is, how to waive.
 * `report` is the report or results file to read, as the user would type its path.
 */
export function summaryLine(findings: readonly ConsoleFinding[], report: string | undefined): string {
  const count = { error: 0, warning: 0, info: 0 };
  for (const f of findings) count[f.duty.evaluatorError ? 'error' : f.duty.outcome === 'needs-attestation' ? 'warning' : f.duty.severity]++;
  const counts = `${count.error} error(s), ${count.warning} warning(s), ${count.info} info`;
  const where = report ? ` Why, controls and sources: ${report}.` : '';
  return `SharedResponsibility: ${counts}.${where} Waive one: ${ACKNOWLEDGE_CALL}.`;
}

/** Adds the summary line to the scope as an info annotation, so it prints after the findings of its stacks. */
export function annotateSummary(on: IConstruct, line: string): void {
  add(on, INFO, line);
}

/**
 * The findings as violations for CDK's validation report, at their severity: info findings too,
 * as the aspect annotates them, so a finding in a Stage is as visible as one outside.
 */
export function toViolations(
  resources: readonly ResourceResult[],
  dutyById: ReadonlyMap<string, DutyInfo>,
  constructAt?: ConstructAt,
): PolicyViolation[] {
  return consoleFindings(resources, dutyById, constructAt, { forReport: true }).map(({ resource: r, duty: d, text }) => {
    const info = dutyById.get(d.dutyId);
    return {
      ruleName: d.evaluatorError ? EVALUATOR_ERROR_ID : d.dutyId,
      description: text,
      severity: d.severity,
      violatingResources: [{ constructPath: r.path, locations: ['Properties'] }],
      ruleMetadata: {
        category: info?.category ?? '',
        outcome: d.outcome,
        fsbp: info?.controls.fsbp.join(' ') ?? '',
        nist: info?.controls.nist.join(' ') ?? '',
        ...(info?.equivalents?.cdkNag?.length ? { cdkNag: info.equivalents.cdkNag.join(' ') } : {}),
      },
    };
  });
}

function add(owner: IConstruct, type: string, message: string): void {
  owner.node.addMetadata(type, message, { stackTrace: false });
}
