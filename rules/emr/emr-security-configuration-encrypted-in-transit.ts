import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import {
  CFN_SECURITY_CONFIGURATION,
  EMR_CONTROLS,
  ENCRYPTION_OPTIONS,
  IN_TRANSIT_MATRIX,
  encryptionOf,
  SECURITY_CONFIGURATION_JSON,
} from './helpers';

export default defineDuty({
  id: 'emr-security-configuration-encrypted-in-transit',
  title: 'EMR security configuration enables encryption in transit',
  category: 'data-protection',
  resourceTypes: ['AWS::EMR::SecurityConfiguration'],
  awsSide:
    "Amazon EMR enables TLS between the cluster's nodes and for its open-source applications (Hadoop, Spark, Tez, Presto...) only when a security configuration sets EnableInTransitEncryption and says where the TLS certificates come from (PEM files in S3 or a custom provider); endpoints that encrypt with SASL need Kerberos as well.",
  customerSide:
    "Encrypting the data EMR clusters move between their nodes is the customer's: a security configuration whose EncryptionConfiguration.EnableInTransitEncryption is not true leaves that traffic in clear text.",
  severity: 'error',
  remediation: {
    l1: 'SecurityConfiguration: { EncryptionConfiguration: { EnableInTransitEncryption: true, InTransitEncryptionConfiguration: { TLSCertificateConfiguration: { CertificateProviderType: PEM, S3Object } } } }',
  },
  controls: { fsbp: ['EMR.4'], nist: ['AC-4', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)', 'SC-13', 'SC-23', 'SC-23(3)'] },
  sources: [
    `${EMR_CONTROLS}#emr-4`,
    'https://docs.aws.amazon.com/config/latest/developerguide/emr-security-configuration-encryption-transit.html',
    CFN_SECURITY_CONFIGURATION,
    SECURITY_CONFIGURATION_JSON,
    ENCRYPTION_OPTIONS,
    IN_TRANSIT_MATRIX,
  ],
  messages: {
    off: 'SecurityConfiguration.EncryptionConfiguration.EnableInTransitEncryption is {value}, so clusters that use this security configuration send data between their nodes without TLS.',
  },
  evaluate(ctx) {
    const enabled = encryptionOf(ctx.props).at('EnableInTransitEncryption').bool();
    if (enabled === true) return configured('EnableInTransitEncryption is true');
    return unconfigured('off', { value: enabled === false ? 'false' : 'not set' });
  },
});
