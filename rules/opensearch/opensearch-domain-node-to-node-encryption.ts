import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_DOMAIN, CFN_ES_DOMAIN, DOMAIN_TYPES, ES_CONTROLS, OPENSEARCH_CONTROLS } from './helpers';

export default defineDuty({
  id: 'opensearch-domain-node-to-node-encryption',
  title: 'OpenSearch domain encrypts traffic between its nodes',
  category: 'data-protection',
  resourceTypes: DOMAIN_TYPES,
  awsSide:
    'OpenSearch Service encrypts the traffic between the nodes of a domain with TLS when node-to-node encryption is enabled; it is off unless NodeToNodeEncryptionOptions.Enabled is true (the CDK Domain renders false by default).',
  customerSide:
    "Protecting index data moving inside the cluster is the customer's choice at creation; without node-to-node encryption it travels between nodes in plaintext.",
  severity: 'error',
  remediation: {
    l2: 'new opensearch.Domain(this, id, { version, nodeToNodeEncryption: true })',
    l1: 'NodeToNodeEncryptionOptions: { Enabled: true }',
  },
  controls: { fsbp: ['Opensearch.3', 'ES.3'], nist: [...NIST.transit] },
  sources: [
    CFN_ES_DOMAIN,
    `${ES_CONTROLS}#es-3`,
    `${OPENSEARCH_CONTROLS}#opensearch-3`,
    `${CFN_DOMAIN}#cfn-opensearchservice-domain-nodetonodeencryptionoptions`,
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html',
  ],
  messages: {
    notSet: "NodeToNodeEncryptionOptions is not set, so traffic between the domain's nodes is not encrypted.",
    disabled: "NodeToNodeEncryptionOptions.Enabled is false, so traffic between the domain's nodes is not encrypted.",
  },
  evaluate(ctx) {
    const options = ctx.props.at('NodeToNodeEncryptionOptions');
    if (options.at('Enabled').bool() === true) return configured('NodeToNodeEncryptionOptions.Enabled is true');
    return unconfigured(options.isSet() ? 'disabled' : 'notSet');
  },
});
