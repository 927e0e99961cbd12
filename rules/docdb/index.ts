import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import docdbClusterAuditLogExport from './docdb-cluster-audit-log-export';
import docdbClusterAuditLogsParameter from './docdb-cluster-audit-logs-parameter';
import docdbClusterBackupRetention from './docdb-cluster-backup-retention';
import docdbClusterDeletionProtection from './docdb-cluster-deletion-protection';
import docdbClusterRequireTls from './docdb-cluster-require-tls';
import docdbClusterStorageEncrypted from './docdb-cluster-storage-encrypted';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [
  docdbClusterAuditLogExport,
  docdbClusterAuditLogsParameter,
  docdbClusterBackupRetention,
  docdbClusterDeletionProtection,
  docdbClusterRequireTls,
  docdbClusterStorageEncrypted,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::DocDB::DBCluster',
    service: 'Amazon DocumentDB',
    serviceModel: 'container',
    awsSide:
      'AWS runs the cluster hosts and the six-way replicated storage across three Availability Zones, installs and patches the operating system and the engine, and takes continuous backups; the customer configures encryption, network access, TLS, auditing and backup retention.',
    source: 'https://docs.aws.amazon.com/documentdb/latest/developerguide/security.html',
  },
  {
    type: 'AWS::DocDB::DBClusterParameterGroup',
    service: 'Amazon DocumentDB',
    serviceModel: 'container',
    awsSide:
      "Amazon DocumentDB applies the parameter values (tls, audit_logs, ...) of a cluster parameter group to the clusters that name it; the values are the customer's.",
    source: 'https://docs.aws.amazon.com/documentdb/latest/developerguide/cluster_parameter_groups.html',
    noDutyOfItsOwn: {
      reason: 'its values matter only on the clusters that name it',
      dutiesAt: 'docdb-cluster-require-tls reads it on the cluster',
    },
  },
];
