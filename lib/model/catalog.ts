import type { Duty } from './duty';
import type { ResourceTypeInfo } from './resource-type';

/** The duties and what is known of each resource type they cover. */
export interface Catalog {
  readonly duties: readonly Duty[];
  readonly resourceTypes: ReadonlyMap<string, ResourceTypeInfo>;
}
