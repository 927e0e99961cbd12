import type { Catalog, DutySummary, LazyDuties } from './catalog';
import type { Category, Duty } from './duty';
import type { ResourceTypeInfo } from './resource-type';

/** What a service folder of rules/ exports. */
export interface ServiceModule {
  readonly duties: readonly Duty[];
  readonly resourceTypes: readonly ResourceTypeInfo[];
}

/**
 * What the catalog knows of every service without loading it: the ids, categories and types of
 * its duties, and the resource types it describes. The build computes it from the services and
 * ships it in the main bundle (scripts/build.ts); from source it is computed on first use.
 */
export interface Manifest {
  readonly services: readonly ManifestService[];
}

export interface ManifestService {
  readonly name: string;
  readonly types: readonly string[];
  readonly duties: readonly DutySummary[];
}

export function manifestOf(services: Readonly<Record<string, ServiceModule>>): Manifest {
  return {
    services: Object.entries(services).map(([name, s]) => ({
      name,
      types: s.resourceTypes.map((t) => t.type),
      duties: s.duties.map((d) => ({ id: d.id, category: d.category, resourceTypes: [...d.resourceTypes] })),
    })),
  };
}

/**
 * The shipped catalog: a service's duties and type descriptions load the first time a resource
 * of one of its types is met, so an app with a dozen services never compiles the other forty.
 * Order is the catalog's (services in registration order, duties as each service lists them), as
 * when everything was loaded at once, so results do not depend on what happened to load first.
 */
export class LazyCatalog implements Catalog {
  readonly lazy: LazyDuties;
  readonly resourceTypes: ReadonlyMap<string, ResourceTypeInfo>;
  private readonly loaded = new Map<string, ServiceModule>();
  private known?: Manifest;
  private everyDuty?: readonly Duty[];
  private serviceOfDuty?: ReadonlyMap<string, string>;
  /** Type -> the services with a duty on it, in catalog order. */
  private servicesOfType?: ReadonlyMap<string, readonly string[]>;
  /** Type -> the service that describes it (the last one, as a Map built from every service would keep). */
  private describedBy?: ReadonlyMap<string, string>;
  private summaryById?: ReadonlyMap<string, DutySummary>;

  constructor(
    private readonly loaders: Readonly<Record<string, () => ServiceModule>>,
    manifest?: Manifest,
  ) {
    this.known = manifest;
    this.resourceTypes = new LazyMap(
      () => [...this.index().describedBy.keys()],
      (type) => this.index().describedBy.has(type),
      (type) =>
        this.service(this.index().describedBy.get(type)!)
          .resourceTypes.filter((t) => t.type === type)
          .pop()!,
    );
    this.lazy = {
      summaries: new LazyMap(
        () => [...this.index().summaryById.keys()],
        (id) => this.index().summaryById.has(id),
        (id) => this.index().summaryById.get(id)!,
      ),
      dutiesOf: (type) => this.dutiesOf(type),
      duty: (id) => {
        const name = this.index().serviceOfDuty.get(id);
        return name === undefined ? undefined : this.service(name).duties.find((d) => d.id === id);
      },
    };
  }

  /** Every duty: loads every service (the documentation, the public `catalog`). */
  get duties(): readonly Duty[] {
    return (this.everyDuty ??= this.manifest().services.flatMap((s) => this.service(s.name).duties));
  }

  /** Every service's type descriptions, duplicates included, in catalog order. */
  allResourceTypes(): readonly ResourceTypeInfo[] {
    return this.manifest().services.flatMap((s) => this.service(s.name).resourceTypes);
  }

  manifest(): Manifest {
    return (this.known ??= manifestOf(Object.fromEntries(Object.keys(this.loaders).map((name) => [name, this.service(name)]))));
  }

  private dutiesOf(type: string): readonly Duty[] {
    const names = this.index().servicesOfType.get(type);
    if (!names) return [];
    return names.flatMap((name) => this.service(name).duties.filter((d) => d.resourceTypes.includes(type)));
  }

  private service(name: string): ServiceModule {
    let s = this.loaded.get(name);
    if (!s) {
      const load = this.loaders[name];
      if (!load) throw new Error(`cdk-shared-responsibility: the catalog names a service '${name}' it cannot load.`);
      s = load();
      this.loaded.set(name, s);
    }
    return s;
  }

  private index() {
    if (!this.serviceOfDuty) {
      const serviceOfDuty = new Map<string, string>();
      const servicesOfType = new Map<string, string[]>();
      const describedBy = new Map<string, string>();
      const summaryById = new Map<string, DutySummary>();
      for (const s of this.manifest().services) {
        for (const t of s.types) describedBy.set(t, s.name);
        for (const d of s.duties) {
          serviceOfDuty.set(d.id, s.name);
          summaryById.set(d.id, d);
          for (const t of d.resourceTypes) {
            let list = servicesOfType.get(t);
            if (!list) servicesOfType.set(t, (list = []));
            if (list[list.length - 1] !== s.name) list.push(s.name);
          }
        }
      }
      this.serviceOfDuty = serviceOfDuty;
      this.servicesOfType = servicesOfType;
      this.describedBy = describedBy;
      this.summaryById = summaryById;
    }
    return {
      serviceOfDuty: this.serviceOfDuty,
      servicesOfType: this.servicesOfType!,
      describedBy: this.describedBy!,
      summaryById: this.summaryById!,
    };
  }
}

/**
 * A map whose values are computed on first `get`; iterating its entries or values computes them
 * all, its keys none. `has` and the keys must be known without computing a value.
 */
export class LazyMap<K, V> implements ReadonlyMap<K, V> {
  private readonly cache = new Map<K, V>();

  constructor(
    private readonly keyList: () => readonly K[],
    private readonly hasKey: (key: K) => boolean,
    private readonly compute: (key: K) => V,
  ) {}

  get(key: K): V | undefined {
    if (this.cache.has(key)) return this.cache.get(key);
    if (!this.hasKey(key)) return undefined;
    const value = this.compute(key);
    this.cache.set(key, value);
    return value;
  }

  has(key: K): boolean {
    return this.cache.has(key) || this.hasKey(key);
  }

  get size(): number {
    return this.keyList().length;
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.all()) callback.call(thisArg, v, k, this);
  }

  entries() {
    return this.all().entries();
  }

  keys() {
    return this.keyList()[Symbol.iterator]();
  }

  values() {
    return this.all().values();
  }

  [Symbol.iterator]() {
    return this.all()[Symbol.iterator]();
  }

  private all(): Map<K, V> {
    const out = new Map<K, V>();
    for (const k of this.keyList()) out.set(k, this.get(k)!);
    return out;
  }
}

/**
 * An array filled on first use, for exports that were arrays when everything loaded at once
 * (`catalog`, `resourceTypes`): reading one loads what it lists, importing it does not.
 */
export function lazyArray<T>(load: () => readonly T[]): readonly T[] {
  const target: T[] = [];
  let filled = false;
  const fill = (): T[] => {
    if (!filled) {
      target.push(...load());
      filled = true;
    }
    return target;
  };
  return new Proxy(target, {
    get: (_t, p) => Reflect.get(fill(), p),
    has: (_t, p) => Reflect.has(fill(), p),
    ownKeys: () => Reflect.ownKeys(fill()),
    getOwnPropertyDescriptor: (_t, p) => Reflect.getOwnPropertyDescriptor(fill(), p),
    set: (_t, p, v) => Reflect.set(fill(), p, v),
    defineProperty: (_t, p, d) => Reflect.defineProperty(fill(), p, d),
    deleteProperty: (_t, p) => Reflect.deleteProperty(fill(), p),
  });
}

/**
 * The duties the options enable, chosen without loading any duty when the catalog is lazy: by id
 * and category from its summaries, by type only once a resource of that type is met.
 */
export interface DutySelection {
  readonly known: (id: string) => boolean;
  readonly duties: readonly Duty[];
  readonly dutyIds: readonly string[];
  /** The enabled duties' categories, known without loading them. */
  readonly dutyCategories: ReadonlySet<Category>;
  readonly dutyById: ReadonlyMap<string, Duty>;
  readonly dispatch: ReadonlyMap<string, readonly Duty[]>;
}

export function selectDuties(catalog: Catalog, enabled: (duty: Pick<Duty, 'category'>) => boolean): DutySelection | undefined {
  const lazy = catalog.lazy;
  if (!lazy) return undefined;
  const summaries = [...lazy.summaries.values()];
  const chosen = summaries.filter(enabled);
  const types = new Set(chosen.flatMap((d) => d.resourceTypes));
  return {
    known: (id) => lazy.summaries.has(id),
    duties: lazyArray(() => chosen.map((d) => lazy.duty(d.id)!)),
    dutyIds: chosen.map((d) => d.id),
    dutyCategories: new Set(chosen.map((d) => d.category)),
    dutyById: new LazyMap(
      () => summaries.map((d) => d.id),
      (id) => lazy.summaries.has(id),
      (id) => lazy.duty(id)!,
    ),
    dispatch: new LazyMap(
      () => [...types],
      (type) => types.has(type),
      (type) => lazy.dutiesOf(type).filter(enabled),
    ),
  };
}
