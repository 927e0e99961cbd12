import type { AttestationInput } from '../options';
import { isCalendarDate } from './option-shapes';

/**
 * The one form of a waiver's expiry: `expires YYYY-MM-DD` in its reason (CDK's acknowledgement has
 * no field for it), e.g. `acknowledge({ id, reason: 'Vendor fix pending, expires 2027-03-31' })`.
 * The date must be a real one and nothing may follow it but a space or punctuation.
 */
const EXPIRY = /\bexpires (\d{4}-\d{2}-\d{2})(?![\w:/-])/i;

/**
 * Words that say a waiver ends. A reason that uses one anywhere but in the accepted form would be
 * read as a permanent waiver by a parser that does not understand it, so it is refused instead.
 */
const MENTIONS_EXPIRY = /\b(expir\w*|(valid|good|waived|accepted|allowed|acknowledged|ok) (until|till|through|thru)|sunset\w*|ends? on)\b/i;

/** A waiver reason as read: its expiry, or what is wrong with the reason. */
export interface ReasonReading {
  readonly expires?: string;
  readonly problem?: string;
}

export function readWaiverReason(reason: string): ReasonReading {
  if (reason.trim() === '') return { problem: 'the reason is empty; say why the finding is accepted' };
  const m = EXPIRY.exec(reason);
  const rest = m ? reason.slice(0, m.index) + reason.slice(m.index + m[0].length) : reason;
  if (m && !isCalendarDate(m[1])) return { problem: `'${m[1]}' is not a date; write the expiry as \`expires YYYY-MM-DD\`` };
  if (MENTIONS_EXPIRY.test(rest)) {
    const quoted = MENTIONS_EXPIRY.exec(rest)![0];
    return {
      problem: m
        ? `the reason gives a second expiry ('${quoted}'); keep only \`expires YYYY-MM-DD\``
        : `the reason mentions an end ('${quoted}') but not as \`expires YYYY-MM-DD\`, so it would never expire`,
    };
  }
  return { expires: m?.[1] };
}

/** A waiver's expiry date, if its reason gives one in the accepted form. */
export function waiverExpiry(reason: string): string | undefined {
  return readWaiverReason(reason).expires;
}

export function isExpired(expires: string | undefined, today: string): boolean {
  return expires !== undefined && expires < today;
}

/**
 * The attestation of the duty that covers `path`: the most specific one still valid, else the most
 * specific expired one (reported as expired). WHY valid first: a renewed attestation is often added
 * beside the expired one, and the expired one must not shadow it.
 */
export function findAttestation(
  attestations: readonly AttestationInput[],
  dutyId: string,
  path: string,
  today: string,
): AttestationInput | undefined {
  let best: AttestationInput | undefined;
  let bestRank = -Infinity;
  for (const a of attestations) {
    if (a.dutyId !== dutyId) continue;
    const scope = (a.scope ?? '').replace(/\/+$/, '');
    if (scope !== '' && path !== scope && !path.startsWith(`${scope}/`)) continue;
    // Valid ones outrank every expired one; then the longer scope; then the later expiry.
    const rank = (isExpired(a.expires, today) ? 0 : 1e6) + scope.length;
    if (rank > bestRank || (rank === bestRank && laterExpiry(a, best!))) {
      best = a;
      bestRank = rank;
    }
  }
  return best;
}

function laterExpiry(a: AttestationInput, b: AttestationInput): boolean {
  if (b.expires === undefined) return false;
  return a.expires === undefined || a.expires > b.expires;
}
