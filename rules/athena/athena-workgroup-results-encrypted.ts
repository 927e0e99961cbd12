import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CFN_WORKGROUP_CONFIG, OVERRIDE_DOC } from './helpers';

const OPTIONS = new Set(['SSE_S3', 'SSE_KMS', 'CSE_KMS']);

export default defineDuty({
  id: 'athena-workgroup-results-encrypted',
  title: 'Athena workgroup encrypts query results',
  category: 'data-protection',
  resourceTypes: ['AWS::Athena::WorkGroup'],
  awsSide:
    "Athena writes query results to the S3 output location with the encryption the workgroup (or, when the workgroup does not enforce its settings, the client) names in EncryptionConfiguration; without one Athena requests none, and the objects get only the bucket's default encryption.",
  customerSide:
    "Query results are copies of the queried data: choosing their encryption (SSE_S3, SSE_KMS or CSE_KMS) in the workgroup is the customer's.",
  severity: 'warning',
  remediation: {
    l1: 'WorkGroupConfiguration: { ResultConfiguration: { EncryptionConfiguration: { EncryptionOption: SSE_KMS, KmsKey } }, EnforceWorkGroupConfiguration: true }',
  },
  controls: { fsbp: [], nist: ['SC-13', 'SC-28', 'SC-28(1)'] },
  sources: [
    CFN_WORKGROUP_CONFIG,
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-athena-workgroup-encryptionconfiguration.html',
    'https://docs.aws.amazon.com/athena/latest/ug/encrypting-query-results-stored-in-s3.html',
    OVERRIDE_DOC,
  ],
  messages: {
    none: 'WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration is not set, so the workgroup does not ask for its query results to be encrypted.',
    invalid: 'EncryptionConfiguration.EncryptionOption is {value}, not one of SSE_S3, SSE_KMS or CSE_KMS.',
  },
  evaluate(ctx) {
    const encryption = ctx.props.at('WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration');
    if (!encryption.isSet()) return unconfigured('none');
    const option = encryption.at('EncryptionOption').str();
    if (option === undefined || !OPTIONS.has(option)) return unconfigured('invalid', { value: option ?? 'not set' });
    return configured(`query results are encrypted with ${option}`);
  },
});
