import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import eksClusterAccessEntries from './eks-cluster-access-entries';
import eksClusterAuditLogging from './eks-cluster-audit-logging';
import eksClusterEndpointNotPublic from './eks-cluster-endpoint-not-public';
import eksClusterSecretsEncryption from './eks-cluster-secrets-encryption';
import eksClusterSupportedVersion from './eks-cluster-supported-version';
import eksNodegroupRemoteAccessRestricted from './eks-nodegroup-remote-access-restricted';
import eksNodegroupSupportedAmiType from './eks-nodegroup-supported-ami-type';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [
  eksClusterAccessEntries,
  eksClusterAuditLogging,
  eksClusterEndpointNotPublic,
  eksClusterSecretsEncryption,
  eksClusterSupportedVersion,
  eksNodegroupRemoteAccessRestricted,
  eksNodegroupSupportedAmiType,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::EKS::Cluster',
    service: 'Amazon EKS',
    serviceModel: 'container',
    awsSide:
      'AWS runs, scales and patches the Kubernetes control plane (API servers, etcd) across Availability Zones; the customer owns endpoint access, authentication, version upgrades, logging and everything running in the cluster.',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/security.html',
  },
  {
    type: 'AWS::EKS::Nodegroup',
    service: 'Amazon EKS',
    serviceModel: 'container',
    awsSide:
      'AWS provisions and replaces managed node group instances from EKS-optimized AMIs it publishes; the customer chooses the AMI family and release, triggers node updates and controls remote access to the instances.',
    source: 'https://docs.aws.amazon.com/eks/latest/userguide/managed-node-groups.html',
  },
];
