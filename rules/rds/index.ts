import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import rdsClusterAuroraMysqlAuditLogging from './rds-cluster-aurora-mysql-audit-logging';
import rdsClusterAutoMinorVersionUpgrade from './rds-cluster-auto-minor-version-upgrade';
import rdsClusterBacktracking from './rds-cluster-backtracking';
import rdsClusterBackupRetention from './rds-cluster-backup-retention';
import rdsClusterCopyTagsToSnapshot from './rds-cluster-copy-tags-to-snapshot';
import rdsClusterCustomAdminUsername from './rds-cluster-custom-admin-username';
import rdsClusterDeletionProtection from './rds-cluster-deletion-protection';
import rdsClusterEventSubscription from './rds-cluster-event-subscription';
import rdsClusterIamAuthentication from './rds-cluster-iam-authentication';
import rdsClusterInBackupPlan from './rds-cluster-in-backup-plan';
import rdsClusterLogExports from './rds-cluster-log-exports';
import rdsClusterMultiAz from './rds-cluster-multi-az';
import rdsClusterNotPubliclyAccessible from './rds-cluster-not-publicly-accessible';
import rdsClusterRequireTls from './rds-cluster-require-tls';
import rdsClusterStorageEncrypted from './rds-cluster-storage-encrypted';
import rdsInstanceAutoMinorVersionUpgrade from './rds-instance-auto-minor-version-upgrade';
import rdsInstanceBackupRetention from './rds-instance-backup-retention';
import rdsInstanceCopyTagsToSnapshot from './rds-instance-copy-tags-to-snapshot';
import rdsInstanceCustomAdminUsername from './rds-instance-custom-admin-username';
import rdsInstanceDeletionProtection from './rds-instance-deletion-protection';
import rdsInstanceEnhancedMonitoring from './rds-instance-enhanced-monitoring';
import rdsInstanceEventSubscription from './rds-instance-event-subscription';
import rdsInstanceIamAuthentication from './rds-instance-iam-authentication';
import rdsInstanceInBackupPlan from './rds-instance-in-backup-plan';
import rdsInstanceLogExports from './rds-instance-log-exports';
import rdsInstanceMultiAz from './rds-instance-multi-az';
import rdsInstanceNonDefaultPort from './rds-instance-non-default-port';
import rdsInstanceNotPubliclyAccessible from './rds-instance-not-publicly-accessible';
import rdsInstanceRequireTls from './rds-instance-require-tls';
import rdsInstanceStorageEncrypted from './rds-instance-storage-encrypted';
import rdsMasterPasswordNotInTemplate from './rds-master-password-not-in-template';
import rdsProxyRequireTls from './rds-proxy-require-tls';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [
  rdsClusterAuroraMysqlAuditLogging,
  rdsClusterAutoMinorVersionUpgrade,
  rdsClusterBacktracking,
  rdsClusterBackupRetention,
  rdsClusterCopyTagsToSnapshot,
  rdsClusterCustomAdminUsername,
  rdsClusterDeletionProtection,
  rdsClusterEventSubscription,
  rdsClusterIamAuthentication,
  rdsClusterInBackupPlan,
  rdsClusterLogExports,
  rdsClusterMultiAz,
  rdsClusterNotPubliclyAccessible,
  rdsClusterRequireTls,
  rdsClusterStorageEncrypted,
  rdsInstanceAutoMinorVersionUpgrade,
  rdsInstanceBackupRetention,
  rdsInstanceCopyTagsToSnapshot,
  rdsInstanceCustomAdminUsername,
  rdsInstanceDeletionProtection,
  rdsInstanceEnhancedMonitoring,
  rdsInstanceEventSubscription,
  rdsInstanceIamAuthentication,
  rdsInstanceInBackupPlan,
  rdsInstanceLogExports,
  rdsInstanceMultiAz,
  rdsInstanceNonDefaultPort,
  rdsInstanceNotPubliclyAccessible,
  rdsInstanceRequireTls,
  rdsInstanceStorageEncrypted,
  rdsMasterPasswordNotInTemplate,
  rdsProxyRequireTls,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::RDS::DBCluster',
    service: 'Amazon Aurora / Amazon RDS',
    serviceModel: 'container',
    awsSide:
      'AWS runs the cluster hosts, storage replication across three Availability Zones, the database engine installation, OS and engine patching, backups and failover; the customer configures encryption, access, parameters, logging and the instances of the cluster.',
    source: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.html',
  },
  {
    type: 'AWS::RDS::DBClusterParameterGroup',
    service: 'Amazon Aurora / Amazon RDS',
    serviceModel: 'container',
    awsSide:
      "RDS applies the parameter values of a DB cluster parameter group to the clusters that name it; the values chosen are the customer's.",
    source: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_WorkingWithParamGroups.html',
    noDutyOfItsOwn: {
      reason: 'its values matter only on the clusters that name it',
      dutiesAt: 'rds-cluster-require-tls reads it on the cluster',
    },
  },
  {
    type: 'AWS::RDS::DBInstance',
    service: 'Amazon RDS',
    serviceModel: 'container',
    awsSide:
      'AWS runs the database host, installs and patches the operating system and the database engine, takes automated backups and handles Multi-AZ failover; the customer configures network exposure, encryption, authentication, parameters, logging and backup retention.',
    source: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.html',
  },
  {
    type: 'AWS::RDS::DBParameterGroup',
    service: 'Amazon RDS',
    serviceModel: 'container',
    awsSide:
      "RDS applies the parameter values of a DB parameter group to the DB instances that name it; the values chosen are the customer's.",
    source: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithParamGroups.html',
    noDutyOfItsOwn: {
      reason: 'its values matter only on the instances that name it',
      dutiesAt: 'rds-instance-require-tls reads it on the instance',
    },
  },
  {
    type: 'AWS::RDS::DBProxy',
    service: 'Amazon RDS Proxy',
    serviceModel: 'abstracted',
    awsSide:
      'AWS runs the proxy fleet, its scaling and its TLS endpoint; the customer chooses its authentication, network placement and whether TLS is required.',
    source: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.html',
  },
  {
    type: 'AWS::RDS::EventSubscription',
    service: 'Amazon RDS',
    serviceModel: 'abstracted',
    awsSide: "RDS publishes the events of the subscribed sources and categories to the subscription's Amazon SNS topic.",
    source: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Events.html',
    noDutyOfItsOwn: {
      reason: 'it is the evidence of a duty, not its subject',
      dutiesAt: 'rds-instance-event-subscription and rds-cluster-event-subscription read it on the database',
    },
  },
];
