import { Annotations, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { ResourceResult } from '../results';
import { EVALUATOR_ERROR_ID } from './evaluate';

/**
 * Emits each unconfigured or unknown duty on the construct that owns the resource, through CDK's
 * own validation API, so `cdk synth` fails on errors and the id is the one users acknowledge.
 */
export function annotate(resources: readonly ResourceResult[], owners: ReadonlyMap<string, IConstruct>): void {
  for (const resource of resources) {
    const owner = owners.get(resource.path);
    if (!owner) continue;
    for (const d of resource.duties) {
      if (d.outcome !== 'unconfigured' && d.outcome !== 'unknown') continue;
      const tag = d.outcome === 'unknown' ? '[unknown] ' : '';
      const text = `[${d.dutyId}] ${tag}${d.message ?? ''}`;
      if (d.evaluatorError) {
        Validations.of(owner).addError(EVALUATOR_ERROR_ID, `[${d.dutyId}] ${d.message ?? ''}`);
      } else if (d.severity === 'error') {
        Validations.of(owner).addError(d.dutyId, text);
      } else if (d.severity === 'warning') {
        Validations.of(owner).addWarning(d.dutyId, text);
      } else {
        Annotations.of(owner).addInfo(`${text} [ack: ${d.dutyId}]`);
      }
    }
  }
}
