/** What an evaluator decides about one duty on one resource. */
export type Verdict<M extends string = string> =
  | { readonly kind: 'configured'; readonly note?: string }
  | { readonly kind: 'unconfigured'; readonly messageId: M; readonly data?: Readonly<Record<string, string | number>> }
  | { readonly kind: 'unknown'; readonly reason: string }
  | { readonly kind: 'not-applicable'; readonly reason: string }
  | { readonly kind: 'needs-attestation'; readonly reason: string };

export function configured(note?: string): Verdict<never> {
  return { kind: 'configured', note };
}

export function unconfigured<M extends string>(messageId: M, data?: Readonly<Record<string, string | number>>): Verdict<M> {
  return { kind: 'unconfigured', messageId, data };
}

export function unknown(reason: string): Verdict<never> {
  return { kind: 'unknown', reason };
}

export function notApplicable(reason: string): Verdict<never> {
  return { kind: 'not-applicable', reason };
}

/** The duty cannot be proven from the app (account-level settings, runtime state): someone must attest to it. */
export function needsAttestation(reason: string): Verdict<never> {
  return { kind: 'needs-attestation', reason };
}
