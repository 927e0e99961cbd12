import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CFN_DOMAIN, CFN_ES_DOMAIN, DOMAIN_TYPES, ES_CONTROLS, OPENSEARCH_CONTROLS } from './helpers';

export default defineDuty({
  id: 'opensearch-domain-encrypted-at-rest',
  title: 'OpenSearch domain is encrypted at rest',
  category: 'data-protection',
  resourceTypes: DOMAIN_TYPES,
  awsSide:
    'OpenSearch Service encrypts indexes, logs, swap files and automated snapshots with AES-256 through AWS KMS when encryption at rest is enabled; by default domains do not encrypt data at rest, and the CDK Domain leaves it off unless encryptionAtRest is set.',
  customerSide:
    "Choosing encryption at rest and its KMS key is the customer's; it must be chosen when the domain is created, or the data must be migrated to a new domain.",
  severity: 'error',
  remediation: {
    l2: 'new opensearch.Domain(this, id, { version, encryptionAtRest: { enabled: true } })',
    l1: 'EncryptionAtRestOptions: { Enabled: true } (optionally KmsKeyId)',
  },
  controls: { fsbp: ['Opensearch.1', 'ES.1'], nist: ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SI-7(6)'] },
  sources: [
    CFN_ES_DOMAIN,
    `${ES_CONTROLS}#es-1`,
    `${OPENSEARCH_CONTROLS}#opensearch-1`,
    `${CFN_DOMAIN}#cfn-opensearchservice-domain-encryptionatrestoptions`,
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html',
  ],
  messages: {
    notSet: 'EncryptionAtRestOptions is not set, so the domain does not encrypt data at rest.',
    disabled: 'EncryptionAtRestOptions.Enabled is false, so the domain does not encrypt data at rest.',
  },
  evaluate(ctx) {
    const options = ctx.props.at('EncryptionAtRestOptions');
    const enabled = options.at('Enabled').bool();
    if (enabled === true) return configured('EncryptionAtRestOptions.Enabled is true');
    return unconfigured(options.isSet() ? 'disabled' : 'notSet');
  },
});
