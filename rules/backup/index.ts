import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [];

export const resourceTypes: readonly ResourceTypeInfo[] = [];
