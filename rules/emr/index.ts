import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import emrClusterEncryptedInTransit from './emr-cluster-encrypted-in-transit';
import emrClusterLocalDiskEncrypted from './emr-cluster-local-disk-encrypted';
import emrClusterPrimaryNoPublicIp from './emr-cluster-primary-no-public-ip';
import emrSecurityConfigurationEncryptedAtRest from './emr-security-configuration-encrypted-at-rest';
import emrSecurityConfigurationEncryptedInTransit from './emr-security-configuration-encrypted-in-transit';

/** Amazon EMR duties, sorted by id. */
export const duties: readonly Duty[] = [
  emrClusterEncryptedInTransit,
  emrClusterLocalDiskEncrypted,
  emrClusterPrimaryNoPublicIp,
  emrSecurityConfigurationEncryptedAtRest,
  emrSecurityConfigurationEncryptedInTransit,
];

const SECURITY = 'https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-security.html';

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::EMR::Cluster',
    service: 'Amazon EMR',
    serviceModel: 'container',
    awsSide:
      "AWS provisions the cluster's EC2 instances with the EMR release's operating system and applications and replaces failed nodes; the security configuration (encryption), network placement, security groups, IAM roles and the data processed are the customer's.",
    source: SECURITY,
  },
  {
    type: 'AWS::EMR::SecurityConfiguration',
    service: 'Amazon EMR',
    serviceModel: 'container',
    awsSide:
      "AWS stores the security configuration and applies it to the clusters that name it; which encryption, authentication and authorization settings it holds are the customer's.",
    source: SECURITY,
  },
];
