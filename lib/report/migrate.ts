import type { ServiceModel } from '../model/duty';
import { RESULTS_SCHEMA_VERSION, type DutyResult, type ResourceResult, type Results, type ResourceTypeSummary } from '../results';

/** A results file of schema 1: each duty result carried its whole message and controls, each resource its type's AWS side. */
interface ResultsV1 {
  readonly schemaVersion: 1;
  readonly tool?: Results['tool'];
  readonly summary: Results['summary'];
  readonly resources: readonly (Omit<ResourceResult, 'duties'> & {
    readonly serviceModel?: ServiceModel;
    readonly awsSide?: string;
    readonly duties: readonly (Omit<DutyResult, 'detail'> & { readonly message?: string; readonly controls?: unknown })[];
  })[];
  readonly uncoveredTypes?: readonly string[];
  readonly uncoveredStages?: readonly string[];
}

/** The schema versions a results file may have and still be read, each migrated to the current one. */
export const READABLE_SCHEMA_VERSIONS: readonly number[] = [1, RESULTS_SCHEMA_VERSION];

/**
 * Brings a results file of an older schema to the current one, so a baseline saved by an older
 * version of the checks still works after an upgrade. Schema 1 kept a message where schema 2 keeps
 * a detail, and no duty text (`duties`): a migrated file says what was found on each resource,
 * which is all a baseline is used for.
 */
export function migrateResults(parsed: { readonly schemaVersion: number }): Results {
  if (parsed.schemaVersion === RESULTS_SCHEMA_VERSION) return parsed as Results;
  const v1 = parsed as ResultsV1;
  const resourceTypes: Record<string, ResourceTypeSummary> = {};
  const resources = v1.resources.map(({ serviceModel, awsSide, duties, ...resource }) => {
    if (serviceModel && awsSide !== undefined && !(resource.type in resourceTypes))
      resourceTypes[resource.type] = { serviceModel, awsSide };
    return {
      ...resource,
      duties: duties.map(({ message, controls: _controls, ...duty }) => ({
        ...duty,
        ...(message !== undefined ? { detail: message } : {}),
      })),
    };
  });
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    tool: v1.tool ?? { name: 'cdk-shared-responsibility', version: 'unknown' },
    summary: v1.summary,
    duties: {},
    resourceTypes,
    resources,
    uncoveredTypes: v1.uncoveredTypes ?? [],
    uncoveredStages: v1.uncoveredStages ?? [],
  };
}
