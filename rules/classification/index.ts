import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import dataStoreClassificationTag from './data-store-classification-tag';
import dataStoreSensitiveCustomerManagedKey from './data-store-sensitive-customer-managed-key';

/** Data classification duties, sorted by id: they apply to every data store type and read the classification settings. */
export const duties: readonly Duty[] = [dataStoreClassificationTag, dataStoreSensitiveCustomerManagedKey];

/** The data store types are described by their own services. */
export const resourceTypes: readonly ResourceTypeInfo[] = [];
