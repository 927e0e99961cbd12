import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_ES_DOMAIN, DOMAIN_TYPES, ES_CONTROLS, OPENSEARCH_CONTROLS } from './helpers';

const DEFAULT_POLICY = 'Policy-Min-TLS-1-0-2019-07';

export default defineDuty({
  id: 'opensearch-domain-enforce-https',
  title: 'OpenSearch domain requires HTTPS with TLS 1.2 or later',
  category: 'data-protection',
  resourceTypes: DOMAIN_TYPES,
  awsSide:
    'OpenSearch Service serves the domain endpoint over HTTPS, but also accepts plain HTTP unless EnforceHTTPS is true, and accepts TLS 1.0 and 1.1 unless TLSSecurityPolicy is a TLS 1.2 policy (Policy-Min-TLS-1-2-2019-07 or Policy-Min-TLS-1-2-PFS-2023-10).',
  customerSide:
    "Protecting requests and credentials in transit is the customer's: the endpoint must refuse plain HTTP and deprecated TLS versions.",
  severity: 'error',
  remediation: {
    l2: 'new opensearch.Domain(this, id, { version, enforceHttps: true, tlsSecurityPolicy: opensearch.TLSSecurityPolicy.TLS_1_2_PFS })',
    l1: 'DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: Policy-Min-TLS-1-2-PFS-2023-10 (Policy-Min-TLS-1-2-2019-07 on AWS::Elasticsearch::Domain) }',
  },
  controls: { fsbp: ['Opensearch.8', 'ES.8'], nist: [...NIST.tls] },
  sources: [
    CFN_ES_DOMAIN,
    `${ES_CONTROLS}#es-8`,
    `${OPENSEARCH_CONTROLS}#opensearch-8`,
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-domainendpointoptions.html',
    'https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DomainEndpointOptions.html',
    'https://docs.aws.amazon.com/config/latest/developerguide/opensearch-https-required.html',
    'https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_AwsElasticsearchDomainDomainEndpointOptions.html',
  ],
  messages: {
    httpAllowed: 'DomainEndpointOptions.EnforceHTTPS is {value}, so the domain also accepts plain HTTP requests.',
    oldTls: 'DomainEndpointOptions.TLSSecurityPolicy is {policy}, which still accepts TLS 1.0 and 1.1.',
  },
  evaluate(ctx) {
    const options = ctx.props.at('DomainEndpointOptions');
    const https = options.at('EnforceHTTPS').bool();
    if (https !== true) return unconfigured('httpAllowed', { value: https === false ? 'false' : 'not set' });
    const policy = options.at('TLSSecurityPolicy').str();
    if (policy === undefined) return unconfigured('oldTls', { policy: `not set (default ${DEFAULT_POLICY})` });
    if (!/^Policy-Min-TLS-1-[2-9]/.test(policy)) return unconfigured('oldTls', { policy });
    return configured(`EnforceHTTPS is true with ${policy}`);
  },
});
