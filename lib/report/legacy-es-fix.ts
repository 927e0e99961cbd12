import type { Remediation } from '../model/duty';

/** The type `aws-cdk-lib/aws-elasticsearch` (deprecated, still used) and older templates create. */
export const ES_DOMAIN_TYPE = 'AWS::Elasticsearch::Domain';

/**
 * The OpenSearch duties' L2 fix for a domain of the deprecated `aws-elasticsearch` module, whose
 * `es.Domain` takes the same prop names but its own enums: TLS_1_2 is its strongest policy (the
 * legacy API knows no PFS policy) and instance types end in `.elasticsearch`. Undefined for a fix
 * that is not an `opensearch.Domain` one.
 * https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_AwsElasticsearchDomainDomainEndpointOptions.html
 */
export function esDomainFix(catalogFix: string | undefined): string | undefined {
  if (!catalogFix?.startsWith('new opensearch.Domain(')) return undefined;
  return catalogFix
    .replace('new opensearch.Domain(', 'new es.Domain(')
    .replace('opensearch.TLSSecurityPolicy.TLS_1_2_PFS', 'es.TLSSecurityPolicy.TLS_1_2')
    .replace(/\.search'/g, ".elasticsearch'")
    .replace(/\bopensearch\./g, 'es.');
}

/** The remediation as it applies to a resource of `type`: es.Domain's props on a legacy Elasticsearch domain. */
export function remediationFor(remediation: Remediation, type: string): Remediation {
  if (type !== ES_DOMAIN_TYPE) return remediation;
  const l2 = esDomainFix(remediation.l2);
  return l2 ? { ...remediation, l2 } : remediation;
}
