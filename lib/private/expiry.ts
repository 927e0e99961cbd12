import type { AttestationInput } from '../options';

/**
 * A waiver's expiry, written in its reason as `expires YYYY-MM-DD` (CDK's acknowledgement has no
 * field for it), e.g. `acknowledge({ id, reason: 'Vendor fix pending, expires 2027-03-31' })`.
 */
export function waiverExpiry(reason: string): string | undefined {
  return /\bexpires?:?\s+(\d{4}-\d{2}-\d{2})\b/i.exec(reason)?.[1];
}

export function isExpired(expires: string | undefined, today: string): boolean {
  return expires !== undefined && expires < today;
}

/** The most specific attestation of the duty whose scope contains `path`. */
export function findAttestation(attestations: readonly AttestationInput[], dutyId: string, path: string): AttestationInput | undefined {
  let best: AttestationInput | undefined;
  for (const a of attestations) {
    if (a.dutyId !== dutyId) continue;
    const scope = (a.scope ?? '').replace(/\/+$/, '');
    if (scope !== '' && path !== scope && !path.startsWith(`${scope}/`)) continue;
    if (!best || scope.length > (best.scope ?? '').length) best = a;
  }
  return best;
}
