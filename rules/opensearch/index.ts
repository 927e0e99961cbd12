import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import opensearchDomainAccessPolicyNotPublic from './opensearch-domain-access-policy-not-public';
import opensearchDomainAuditLogs from './opensearch-domain-audit-logs';
import opensearchDomainDataNodeFaultTolerance from './opensearch-domain-data-node-fault-tolerance';
import opensearchDomainDedicatedMasterNodes from './opensearch-domain-dedicated-master-nodes';
import opensearchDomainEncryptedAtRest from './opensearch-domain-encrypted-at-rest';
import opensearchDomainEnforceHttps from './opensearch-domain-enforce-https';
import opensearchDomainErrorLogs from './opensearch-domain-error-logs';
import opensearchDomainFineGrainedAccessControl from './opensearch-domain-fine-grained-access-control';
import opensearchDomainInVpc from './opensearch-domain-in-vpc';
import opensearchDomainNodeToNodeEncryption from './opensearch-domain-node-to-node-encryption';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [
  opensearchDomainAccessPolicyNotPublic,
  opensearchDomainAuditLogs,
  opensearchDomainDataNodeFaultTolerance,
  opensearchDomainDedicatedMasterNodes,
  opensearchDomainEncryptedAtRest,
  opensearchDomainEnforceHttps,
  opensearchDomainErrorLogs,
  opensearchDomainFineGrainedAccessControl,
  opensearchDomainInVpc,
  opensearchDomainNodeToNodeEncryption,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::OpenSearchService::Domain',
    service: 'Amazon OpenSearch Service',
    serviceModel: 'container',
    awsSide:
      'AWS runs the cluster nodes, installs and patches the operating system and OpenSearch service software, replaces failed nodes and takes hourly automated snapshots; the customer configures network placement, access policies, fine-grained access control, encryption, TLS, logging and capacity.',
    source: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/security.html',
  },
  {
    type: 'AWS::Elasticsearch::Domain',
    service: 'Amazon OpenSearch Service (legacy Elasticsearch resource type)',
    serviceModel: 'container',
    awsSide:
      'The legacy resource type of the same service (aws-cdk-lib/aws-elasticsearch, older templates): AWS runs, patches and replaces the nodes and takes automated snapshots; the customer configures network placement, access policies, fine-grained access control, encryption, TLS, logging and capacity, as for AWS::OpenSearchService::Domain.',
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticsearch-domain.html',
  },
];
