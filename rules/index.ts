import type { Duty } from '../lib/model/duty';
import type { ResourceTypeInfo } from '../lib/model/resource-type';
import { dutiesByType } from '../lib/private/evaluate';
import type { Catalog } from '../lib/private/run';
import * as s3 from './s3';

/**
 * The duty catalog: every duty, explicitly registered per service (no directory scanning).
 * Each service folder's index lists its duties sorted by id and its resource types.
 */
const services = [s3];

export const catalog: readonly Duty[] = services.flatMap((s) => s.duties);
export const resourceTypes: readonly ResourceTypeInfo[] = services.flatMap((s) => s.resourceTypes);

export const catalogIndex: Catalog = {
  dispatch: dutiesByType(catalog),
  resourceTypes: new Map(resourceTypes.map((t) => [t.type, t])),
};
