export const OPENSEARCH_CONTROLS = 'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html';
export const CFN_DOMAIN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchservice-domain.html';
export const NIST_LOGGING = [
  'AC-2(4)',
  'AC-4(26)',
  'AC-6(9)',
  'AU-10',
  'AU-12',
  'AU-2',
  'AU-3',
  'AU-6(3)',
  'AU-6(4)',
  'CA-7',
  'SC-7(9)',
  'SI-3(8)',
  'SI-4(20)',
  'SI-7(8)',
];

/** The legacy type `aws-cdk-lib/aws-elasticsearch` and older templates create; the same service and the same duties. */
export const ES_DOMAIN = 'AWS::Elasticsearch::Domain';
export const DOMAIN_TYPES = ['AWS::OpenSearchService::Domain', ES_DOMAIN];
export const ES_CONTROLS = 'https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html';
export const CFN_ES_DOMAIN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticsearch-domain.html';

/**
 * Where the cluster's nodes are configured: `ClusterConfig` on AWS::OpenSearchService::Domain,
 * `ElasticsearchClusterConfig` on AWS::Elasticsearch::Domain (the other properties the duties read
 * have the same names on both types).
 */
export function clusterConfigKey(type: string): string {
  return type === ES_DOMAIN ? 'ElasticsearchClusterConfig' : 'ClusterConfig';
}
