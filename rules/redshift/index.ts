import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import redshiftClusterAllowVersionUpgrade from './redshift-cluster-allow-version-upgrade';
import redshiftClusterAuditLogging from './redshift-cluster-audit-logging';
import redshiftClusterCustomAdminUsername from './redshift-cluster-custom-admin-username';
import redshiftClusterEncrypted from './redshift-cluster-encrypted';
import redshiftClusterEnhancedVpcRouting from './redshift-cluster-enhanced-vpc-routing';
import redshiftClusterMultiAz from './redshift-cluster-multi-az';
import redshiftClusterNotPubliclyAccessible from './redshift-cluster-not-publicly-accessible';
import redshiftClusterRequireSsl from './redshift-cluster-require-ssl';
import redshiftClusterSnapshotRetention from './redshift-cluster-snapshot-retention';
import redshiftServerlessNamespaceLogExports from './redshift-serverless-namespace-log-exports';
import redshiftServerlessWorkgroupEnhancedVpcRouting from './redshift-serverless-workgroup-enhanced-vpc-routing';
import redshiftServerlessWorkgroupNotPubliclyAccessible from './redshift-serverless-workgroup-not-publicly-accessible';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [
  redshiftClusterAllowVersionUpgrade,
  redshiftClusterAuditLogging,
  redshiftClusterCustomAdminUsername,
  redshiftClusterEncrypted,
  redshiftClusterEnhancedVpcRouting,
  redshiftClusterMultiAz,
  redshiftClusterNotPubliclyAccessible,
  redshiftClusterRequireSsl,
  redshiftClusterSnapshotRetention,
  redshiftServerlessNamespaceLogExports,
  redshiftServerlessWorkgroupEnhancedVpcRouting,
  redshiftServerlessWorkgroupNotPubliclyAccessible,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::Redshift::Cluster',
    service: 'Amazon Redshift',
    serviceModel: 'container',
    awsSide:
      'AWS runs the cluster nodes, patches the operating system and the Redshift engine in the maintenance window, replicates data and takes automated snapshots; the customer configures network exposure, encryption keys, SSL, audit logging, snapshot retention and database access.',
    source: 'https://docs.aws.amazon.com/redshift/latest/mgmt/iam-redshift-user-mgmt.html',
  },
  {
    type: 'AWS::Redshift::ClusterParameterGroup',
    service: 'Amazon Redshift',
    serviceModel: 'container',
    awsSide:
      "Amazon Redshift applies the parameters of a cluster parameter group (require_ssl, enable_user_activity_logging, ...) to the clusters that name it; the values are the customer's.",
    source: 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-parameter-groups.html',
    noDutyOfItsOwn: {
      reason: 'its values matter only on the clusters that name it',
      dutiesAt: 'redshift-cluster-require-ssl reads it on the cluster',
    },
  },
  {
    type: 'AWS::RedshiftServerless::Namespace',
    service: 'Amazon Redshift Serverless',
    serviceModel: 'abstracted',
    awsSide:
      "AWS stores and encrypts the namespace's databases and snapshots and manages all capacity; the customer configures the admin user, KMS key, IAM roles and log exports.",
    source: 'https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-security.html',
  },
  {
    type: 'AWS::RedshiftServerless::Workgroup',
    service: 'Amazon Redshift Serverless',
    serviceModel: 'abstracted',
    awsSide:
      'AWS provisions, scales and patches the compute of the workgroup; the customer configures its network placement, public access, enhanced VPC routing and configuration parameters.',
    source: 'https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-security.html',
  },
];
