import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import neptuneClusterAuditLogExport from './neptune-cluster-audit-log-export';
import neptuneClusterBackupRetention from './neptune-cluster-backup-retention';
import neptuneClusterCopyTagsToSnapshot from './neptune-cluster-copy-tags-to-snapshot';
import neptuneClusterDeletionProtection from './neptune-cluster-deletion-protection';
import neptuneClusterIamAuthentication from './neptune-cluster-iam-authentication';
import neptuneClusterStorageEncrypted from './neptune-cluster-storage-encrypted';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [
  neptuneClusterAuditLogExport,
  neptuneClusterBackupRetention,
  neptuneClusterCopyTagsToSnapshot,
  neptuneClusterDeletionProtection,
  neptuneClusterIamAuthentication,
  neptuneClusterStorageEncrypted,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::Neptune::DBCluster',
    service: 'Amazon Neptune',
    serviceModel: 'container',
    awsSide:
      'AWS runs the cluster hosts and the replicated storage across three Availability Zones, installs and patches the operating system and the graph engine, and takes continuous backups; the customer configures encryption, IAM authentication, network access, audit logging and backup retention.',
    source: 'https://docs.aws.amazon.com/neptune/latest/userguide/security.html',
  },
];
