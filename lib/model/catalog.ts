import type { Category, Duty } from './duty';
import type { ResourceTypeInfo } from './resource-type';

/** The duties and what is known of each resource type they cover. */
export interface Catalog {
  readonly duties: readonly Duty[];
  readonly resourceTypes: ReadonlyMap<string, ResourceTypeInfo>;
  /**
   * Set when the catalog loads its duties as resources need them (the shipped one, see
   * lazy-catalog.ts): options are validated and duties chosen from it without loading any.
   */
  readonly lazy?: LazyDuties;
}

/** What options need to know of a duty before it is loaded. */
export interface DutySummary {
  readonly id: string;
  readonly category: Category;
  readonly resourceTypes: readonly string[];
}

export interface LazyDuties {
  readonly summaries: ReadonlyMap<string, DutySummary>;
  /** Every duty on this type, in catalog order; loads the services that have one. */
  readonly dutiesOf: (type: string) => readonly Duty[];
  readonly duty: (id: string) => Duty | undefined;
}
