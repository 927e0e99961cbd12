import type { IConstruct } from 'constructs';
import type { ResourceResult } from '../results';
import { EVALUATOR_ERROR_ID } from './evaluate';

// The cloud assembly's metadata entry types for annotations (cloud-assembly-schema ArtifactMetadataEntryType).
const ERROR = 'aws:cdk:error';
const WARNING = 'aws:cdk:warning';
const INFO = 'aws:cdk:info';

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
export function annotate(resources: readonly ResourceResult[], owners: ReadonlyMap<string, IConstruct>): void {
  for (const resource of resources) {
    const owner = owners.get(resource.path);
    if (!owner) continue;
    for (const d of resource.duties) {
      if (d.outcome === 'needs-attestation' && d.expired) {
        add(owner, WARNING, `[${d.dutyId}] ${d.message ?? ''} [ack: Annotation::${d.dutyId}]`);
        continue;
      }
      if (d.outcome !== 'unconfigured' && d.outcome !== 'unknown') continue;
      const tag = d.outcome === 'unknown' ? '[unknown] ' : '';
      const text = `[${d.dutyId}] ${tag}${d.message ?? ''}`;
      if (d.evaluatorError) {
        add(owner, ERROR, `${text} (Annotation::${EVALUATOR_ERROR_ID})`);
      } else if (d.severity === 'error') {
        add(owner, ERROR, `${text} (Annotation::${d.dutyId})`);
      } else {
        add(owner, d.severity === 'warning' ? WARNING : INFO, `${text} [ack: Annotation::${d.dutyId}]`);
      }
    }
  }
}

function add(owner: IConstruct, type: string, message: string): void {
  owner.node.addMetadata(type, message, { stackTrace: false });
}
