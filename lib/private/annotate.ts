import type { IConstruct } from 'constructs';
import type { DutyInfo, DutyResult, ResourceResult } from '../results';
import { findingText } from '../report/finding-text';
import { EVALUATOR_ERROR_ID } from './evaluate';

// The cloud assembly's metadata entry types for annotations (cloud-assembly-schema ArtifactMetadataEntryType).
const ERROR = 'aws:cdk:error';
const WARNING = 'aws:cdk:warning';

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

/** `[duty-id] [unknown] <the whole finding text>`, as the console and CDK's validation report show it. */
export function reportedText(
  info: DutyInfo | undefined,
  resource: ResourceResult,
  d: DutyResult,
  options: { withFix?: boolean } = {},
): string {
  return `[${d.dutyId}] ${d.outcome === 'unknown' ? '[unknown] ' : ''}${findingText(info, d, resource.cdkHelper, options)}`;
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
): void {
  for (const resource of resources) {
    const owner = owners.get(resource.path);
    if (!owner) continue;
    for (const d of resource.duties) {
      if (!isShownOnConsole(d)) continue;
      const text = reportedText(dutyById.get(d.dutyId), resource, d);
      if (d.evaluatorError) {
        add(owner, ERROR, `${text} (Annotation::${EVALUATOR_ERROR_ID})`);
      } else if (d.severity === 'error' && d.outcome !== 'needs-attestation') {
        add(owner, ERROR, `${text} (Annotation::${d.dutyId})`);
      } else {
        add(owner, WARNING, `${text} [ack: Annotation::${d.dutyId}]`);
      }
    }
  }
}

function add(owner: IConstruct, type: string, message: string): void {
  owner.node.addMetadata(type, message, { stackTrace: false });
}
