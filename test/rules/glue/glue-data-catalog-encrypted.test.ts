import * as glue from 'aws-cdk-lib/aws-glue';
import { CfnParameter } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';

const settings = (s: import('aws-cdk-lib').Stack, value: glue.CfnDataCatalogEncryptionSettings.DataCatalogEncryptionSettingsProperty) =>
  new glue.CfnDataCatalogEncryptionSettings(s, 'Catalog', { catalogId: '111111111111', dataCatalogEncryptionSettings: value });

dutyCases('glue-data-catalog-encrypted', [
  {
    name: 'the catalog and connection passwords are encrypted',
    build: (s) =>
      settings(s, {
        encryptionAtRest: { catalogEncryptionMode: 'SSE-KMS', sseAwsKmsKeyId: 'alias/glue' },
        connectionPasswordEncryption: { returnConnectionPasswordEncrypted: true, kmsKeyId: 'alias/glue' },
      }),
    path: 'Catalog',
    expect: 'configured',
  },
  {
    name: 'the catalog is encrypted but connection passwords are returned in plaintext',
    build: (s) => settings(s, { encryptionAtRest: { catalogEncryptionMode: 'SSE-KMS' } }),
    path: 'Catalog',
    expect: 'unconfigured',
  },
  {
    name: 'catalog encryption is DISABLED',
    build: (s) => settings(s, { encryptionAtRest: { catalogEncryptionMode: 'DISABLED' } }),
    path: 'Catalog',
    expect: 'unconfigured',
  },
  {
    name: 'encryption is completed by escape-hatch overrides',
    build: (s) => {
      const c = settings(s, { encryptionAtRest: { catalogEncryptionMode: 'DISABLED' } });
      c.addPropertyOverride('DataCatalogEncryptionSettings.EncryptionAtRest.CatalogEncryptionMode', 'SSE-KMS');
      c.addPropertyOverride('DataCatalogEncryptionSettings.ConnectionPasswordEncryption', { ReturnConnectionPasswordEncrypted: true });
    },
    path: 'Catalog',
    expect: 'configured',
  },
  {
    name: 'the catalog encryption mode comes from a parameter',
    build: (s) => settings(s, { encryptionAtRest: { catalogEncryptionMode: new CfnParameter(s, 'Mode').valueAsString } }),
    path: 'Catalog',
    expect: 'unknown',
  },
]);
