import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import glueConnectionSslRequired from './glue-connection-ssl-required';
import glueDataCatalogEncrypted from './glue-data-catalog-encrypted';
import glueJobSecurityConfiguration from './glue-job-security-configuration';
import glueJobSupportedVersion from './glue-job-supported-version';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [
  glueConnectionSslRequired,
  glueDataCatalogEncrypted,
  glueJobSecurityConfiguration,
  glueJobSupportedVersion,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::Glue::Job',
    service: 'AWS Glue',
    serviceModel: 'abstracted',
    awsSide:
      'AWS runs Glue jobs on serverless, patched workers for the chosen Glue version; the customer owns the script, its IAM role, the Glue version and the encryption settings of its outputs.',
    source: 'https://docs.aws.amazon.com/glue/latest/dg/security.html',
  },
  {
    type: 'AWS::Glue::Connection',
    service: 'AWS Glue',
    serviceModel: 'abstracted',
    awsSide:
      "AWS Glue uses the connection's properties to reach the customer's data store from the customer's VPC; credentials, network placement and transport security are the customer's.",
    source: 'https://docs.aws.amazon.com/glue/latest/dg/glue-connections.html',
  },
  {
    type: 'AWS::Glue::DataCatalogEncryptionSettings',
    service: 'AWS Glue',
    serviceModel: 'abstracted',
    awsSide:
      "AWS stores and serves the account's Data Catalog in each Region; whether its metadata and connection passwords are encrypted with a KMS key is the customer's setting.",
    source: 'https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html',
  },
];
