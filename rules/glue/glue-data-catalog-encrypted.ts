import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

const CFN =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-glue-datacatalogencryptionsettings-datacatalogencryptionsettings.html';

export default defineDuty({
  id: 'glue-data-catalog-encrypted',
  title: 'Glue Data Catalog encrypts its metadata and connection passwords',
  category: 'data-protection',
  resourceTypes: ['AWS::Glue::DataCatalogEncryptionSettings'],
  awsSide:
    "AWS Glue encrypts the account's Data Catalog (databases, tables, partitions, connections) with AWS KMS only when EncryptionAtRest.CatalogEncryptionMode is SSE-KMS, and returns connection passwords encrypted only when ConnectionPasswordEncryption.ReturnConnectionPasswordEncrypted is true; both are off by default.",
  customerSide:
    "The catalog describes where the data is and holds the credentials to reach it: encrypting it, and its connection passwords, with a KMS key is the customer's choice for the account and Region.",
  severity: 'warning',
  remediation: {
    l1: 'DataCatalogEncryptionSettings: { EncryptionAtRest: { CatalogEncryptionMode: SSE-KMS, SseAwsKmsKeyId }, ConnectionPasswordEncryption: { ReturnConnectionPasswordEncrypted: true, KmsKeyId } }',
  },
  controls: { fsbp: [], nist: ['SC-12', 'SC-13', 'SC-28', 'SC-28(1)'] },
  sources: [
    CFN,
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-glue-datacatalogencryptionsettings-encryptionatrest.html',
    'https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html',
    'https://docs.aws.amazon.com/glue/latest/dg/encrypt-connection-passwords.html',
  ],
  messages: {
    catalog: 'EncryptionAtRest.CatalogEncryptionMode is {mode}, so the Data Catalog metadata is not encrypted with a KMS key.',
    passwords:
      'ConnectionPasswordEncryption.ReturnConnectionPasswordEncrypted is {value}, so connection passwords are returned in plaintext.',
  },
  evaluate(ctx) {
    const settings = ctx.props.at('DataCatalogEncryptionSettings');
    const mode = settings.at('EncryptionAtRest.CatalogEncryptionMode').str();
    if (mode === undefined || mode.toUpperCase() === 'DISABLED') return unconfigured('catalog', { mode: mode ?? 'not set (DISABLED)' });
    const passwords = settings.at('ConnectionPasswordEncryption.ReturnConnectionPasswordEncrypted').bool();
    if (passwords !== true) return unconfigured('passwords', { value: passwords === false ? 'false' : 'not set (false)' });
    return configured(`CatalogEncryptionMode is ${mode} and connection passwords are encrypted`);
  },
});
