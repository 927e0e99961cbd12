/**
 * The SARIF 2.1.0 log `renderSarif` returns, typed as far as this package promises. These are our
 * own declarations, not `@types/sarif`'s: a public declaration file must not import types from a
 * devDependency, or it fails to type-check in a consumer that has `skipLibCheck: false` (TS2307).
 * The full schema's `Log` type (from `@types/sarif`) is a subtype: cast to it for more.
 */
export interface SarifLog {
  readonly $schema?: string;
  readonly version: '2.1.0';
  readonly runs: readonly SarifRun[];
}

export interface SarifRun {
  readonly tool: { readonly driver: { readonly name: string; readonly version?: string; readonly rules?: readonly SarifRule[] } };
  readonly results?: readonly SarifResult[];
}

export interface SarifRule {
  readonly id: string;
  readonly shortDescription?: { readonly text: string };
  readonly helpUri?: string;
  /** The property bag: category, severity, control ids, cdk-nag equivalents (`cdkNag`). */
  readonly properties?: { readonly [key: string]: unknown };
}

export interface SarifResult {
  readonly ruleId?: string;
  readonly level?: 'none' | 'note' | 'warning' | 'error';
  readonly message: { readonly text?: string };
  readonly baselineState?: 'new' | 'unchanged' | 'updated' | 'absent';
  readonly partialFingerprints?: { readonly [key: string]: string };
}
