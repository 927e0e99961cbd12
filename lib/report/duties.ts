import { catalog } from '../../rules';
import type { Controls, Duty } from '../model/duty';
import { unconfiguredMessage, unknownMessage } from '../private/messages';
import type { DutyResult } from '../results';

let byId: ReadonlyMap<string, Duty> | undefined;

/** The catalog entry of a duty id; undefined for ids from another version of the catalog. */
export function dutyOf(id: string): Duty | undefined {
  byId ??= new Map(catalog.map((d) => [d.id, d]));
  return byId.get(id);
}

/**
 * The part of a finding message that is about this resource. Messages end with what the catalog
 * says of every such finding (unconfigured: the customer side, fix and controls; unknown: the
 * controls), which reports show on their own; the ending is taken from the engine's own templates.
 */
export function findingDetail(result: DutyResult): string {
  const message = result.message ?? '';
  const duty = dutyOf(result.dutyId);
  if (!duty) return message;
  let tail = '';
  if (result.outcome === 'unconfigured') tail = unconfiguredMessage(duty, '');
  if (result.outcome === 'unknown') {
    const template = unknownMessage(duty, '');
    tail = template.slice(template.lastIndexOf(' Controls: '));
  }
  return tail && message.endsWith(tail) && message.length > tail.length ? message.slice(0, -tail.length) : message;
}

/** `FSBP S3.5; NIST 800-53 SC-8, SC-13`, or '' for a duty without controls. */
export function controlsText(controls: Controls, separator = '; '): string {
  const parts = [];
  if (controls.fsbp.length > 0) parts.push(`FSBP ${controls.fsbp.join(', ')}`);
  if (controls.nist.length > 0) parts.push(`NIST 800-53 ${controls.nist.join(', ')}`);
  return parts.join(separator);
}
