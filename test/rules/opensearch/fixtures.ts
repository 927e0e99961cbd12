import type { Stack } from 'aws-cdk-lib';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import * as es from 'aws-cdk-lib/aws-elasticsearch';

/** An L2 OpenSearch domain at `Search`. */
export function domain(stack: Stack, props: Partial<opensearch.DomainProps> = {}): opensearch.Domain {
  return new opensearch.Domain(stack, 'Search', { version: opensearch.EngineVersion.OPENSEARCH_2_17, ...props });
}

/** The secure options fine-grained access control needs. */
export const SECURE: Partial<opensearch.DomainProps> = {
  encryptionAtRest: { enabled: true },
  nodeToNodeEncryption: true,
  enforceHttps: true,
};

export function override(d: opensearch.Domain, path: string, value: unknown): void {
  (d.node.defaultChild as opensearch.CfnDomain).addPropertyOverride(path, value);
}

/** A bare L1 domain at `Raw`. */
export function rawDomain(stack: Stack, props: Partial<opensearch.CfnDomainProps> = {}): opensearch.CfnDomain {
  return new opensearch.CfnDomain(stack, 'Raw', { engineVersion: 'OpenSearch_2.17', ...props });
}

/** An L2 domain of the legacy `aws-elasticsearch` module (AWS::Elasticsearch::Domain) at `Legacy`. */
export function esDomain(stack: Stack, props: Partial<es.DomainProps> = {}): es.Domain {
  return new es.Domain(stack, 'Legacy', { version: es.ElasticsearchVersion.V7_10, ...props });
}

/** A bare L1 AWS::Elasticsearch::Domain at `RawLegacy`. */
export function rawEsDomain(stack: Stack, props: Partial<es.CfnDomainProps> = {}): es.CfnDomain {
  return new es.CfnDomain(stack, 'RawLegacy', { elasticsearchVersion: '7.10', ...props });
}

export function overrideEs(d: es.Domain, path: string, value: unknown): void {
  (d.node.defaultChild as es.CfnDomain).addPropertyOverride(path, value);
}
