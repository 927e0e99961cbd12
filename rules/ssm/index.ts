import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import ssmInstancePatchCompliance from './ssm-instance-patch-compliance';
import ssmParameterNoPlaintextSecret from './ssm-parameter-no-plaintext-secret';
import ssmSessionDocumentKmsEncryption from './ssm-session-document-kms-encryption';
import ssmSessionDocumentLogging from './ssm-session-document-logging';

/** Systems Manager duties (parameters and documents), sorted by id. */
export const duties: readonly Duty[] = [
  ssmInstancePatchCompliance,
  ssmParameterNoPlaintextSecret,
  ssmSessionDocumentKmsEncryption,
  ssmSessionDocumentLogging,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::SSM::Document',
    service: 'AWS Systems Manager',
    serviceModel: 'abstracted',
    awsSide:
      "Systems Manager stores and versions the document and runs it on the managed nodes it is sent to; the document's content, its preferences and who it is shared with are the customer's.",
    source: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/documents.html',
  },
  {
    type: 'AWS::SSM::Parameter',
    service: 'AWS Systems Manager',
    serviceModel: 'abstracted',
    awsSide:
      'Parameter Store stores the parameter durably, serves it over TLS to authorized callers and encrypts SecureString values with AWS KMS; String and StringList values are stored in plaintext.',
    source: 'https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-parameter-store.html',
  },
];
