import type { Duty } from '../model/duty';

export function fill(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (data && name in data ? String(data[name]) : whole));
}

export function controlsText(duty: Duty): string {
  const parts = [];
  if (duty.controls.fsbp.length > 0) parts.push(`FSBP ${duty.controls.fsbp.join(', ')}`);
  if (duty.controls.nist.length > 0) parts.push(`NIST 800-53 ${duty.controls.nist.join(', ')}`);
  return parts.join('; ');
}

export function fixText(duty: Duty): string {
  const { l2, l1 } = duty.remediation;
  return l2 ? `${l2} (L1: ${l1})` : l1;
}

/** The finding text: what is missing, why it is the customer's, what to set, and the controls. */
export function unconfiguredMessage(duty: Duty, detail: string): string {
  return `${detail} ${duty.customerSide} Fix: ${fixText(duty)}. Controls: ${controlsText(duty)}.`;
}

export function unknownMessage(duty: Duty, reason: string): string {
  return `Cannot decide '${duty.title}' at synth: ${reason}. Make the value concrete, or acknowledge this duty with the reason it holds. Controls: ${controlsText(duty)}.`;
}
