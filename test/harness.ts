import { dutyCases as registerCases, type DutyCase, type DutyTableOptions } from '../lib/testing';

// The catalog's tables run on the same helper users get from `cdk-shared-responsibility/testing`.
export {
  ACCOUNT,
  conditionOn,
  dutyResult,
  outcomeOf,
  STACK,
  synthApp,
  synthWithChecks,
  type DutyCase,
  type Synthesized,
} from '../lib/testing';

/**
 * A table of real constructs for one built-in duty, by id. The table must hold a configured, an
 * unconfigured and an unknown case, so no duty ships with a check that cannot fail or cannot say "unknown".
 */
export function dutyCases(dutyId: string, cases: readonly DutyCase[], options: Pick<DutyTableOptions, 'noUnknownBecause'> = {}): void {
  registerCases(dutyId, cases, options);
}
