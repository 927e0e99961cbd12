/** What an evaluator decides about one duty on one resource. */
export type Verdict<M extends string = string> =
  | { readonly kind: 'configured'; readonly note?: string }
  | {
      readonly kind: 'unconfigured';
      readonly messageId: M;
      readonly data?: Readonly<Record<string, string | number>>;
      /**
       * Set when a resource the finding is about (an API's data, say) is classified sensitive: the classification
       * tag that says so. A warning duty's finding is then an error, as for a sensitive data store.
       * @default - not escalated by the evaluator
       */
      readonly sensitiveBy?: string;
    }
  | { readonly kind: 'unknown'; readonly reason: string }
  | { readonly kind: 'not-applicable'; readonly reason: string }
  | { readonly kind: 'needs-attestation'; readonly reason: string };

export function configured(note?: string): Verdict<never> {
  return { kind: 'configured', note };
}

export function unconfigured<M extends string>(
  messageId: M,
  data?: Readonly<Record<string, string | number>>,
  sensitiveBy?: string,
): Verdict<M> {
  return sensitiveBy === undefined ? { kind: 'unconfigured', messageId, data } : { kind: 'unconfigured', messageId, data, sensitiveBy };
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
