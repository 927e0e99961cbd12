import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import memorydbClusterAutoMinorVersionUpgrade from './memorydb-cluster-auto-minor-version-upgrade';
import memorydbClusterCustomerManagedKey from './memorydb-cluster-customer-managed-key';
import memorydbClusterReplicas from './memorydb-cluster-replicas';
import memorydbClusterTlsEnabled from './memorydb-cluster-tls-enabled';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [
  memorydbClusterAutoMinorVersionUpgrade,
  memorydbClusterCustomerManagedKey,
  memorydbClusterReplicas,
  memorydbClusterTlsEnabled,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::MemoryDB::Cluster',
    service: 'Amazon MemoryDB',
    serviceModel: 'container',
    awsSide:
      'AWS runs the nodes and the Multi-AZ transaction log, patches the operating system and engine, always encrypts data at rest and fails shards over to replicas; the customer configures ACLs, TLS, the KMS key, replicas, snapshots and network placement.',
    source: 'https://docs.aws.amazon.com/memorydb/latest/devguide/security.html',
  },
];
