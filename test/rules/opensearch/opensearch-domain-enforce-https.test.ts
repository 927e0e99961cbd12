import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { domain, override, rawDomain } from './fixtures';

dutyCases('opensearch-domain-enforce-https', [
  {
    name: 'the L2 domain enforces HTTPS (CDK default policy TLS 1.2)',
    build: (s) => domain(s, { enforceHttps: true }),
    path: 'Search',
    expect: 'configured',
  },
  {
    name: 'the L2 domain enforces HTTPS with the PFS policy',
    build: (s) => domain(s, { enforceHttps: true, tlsSecurityPolicy: opensearch.TLSSecurityPolicy.TLS_1_2_PFS }),
    path: 'Search',
    expect: 'configured',
  },
  { name: 'the L2 domain keeps its defaults (HTTP allowed)', build: (s) => domain(s), path: 'Search', expect: 'unconfigured' },
  {
    name: 'the L2 domain enforces HTTPS but allows TLS 1.0',
    build: (s) => domain(s, { enforceHttps: true, tlsSecurityPolicy: opensearch.TLSSecurityPolicy.TLS_1_0 }),
    path: 'Search',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 domain enforces HTTPS without a TLS policy (default TLS 1.0)',
    build: (s) => rawDomain(s, { domainEndpointOptions: { enforceHttps: true } }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'HTTPS is enforced by an escape-hatch override',
    build: (s) => override(domain(s), 'DomainEndpointOptions.EnforceHTTPS', true),
    path: 'Search',
    expect: 'configured',
  },
  {
    name: 'the TLS policy is a parameter',
    build: (s) => override(domain(s, { enforceHttps: true }), 'DomainEndpointOptions.TLSSecurityPolicy', parameter(s)),
    path: 'Search',
    expect: 'unknown',
  },
]);
