import { defineDuty } from '../../lib/model/duty';
import { keyChoice } from '../../lib/model/evidence/kms';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CFN_MEMORYDB_CLUSTER } from './helpers';

export default defineDuty({
  id: 'memorydb-cluster-customer-managed-key',
  title: 'MemoryDB cluster encrypts data at rest with a customer managed KMS key',
  category: 'data-protection',
  resourceTypes: ['AWS::MemoryDB::Cluster'],
  awsSide:
    'MemoryDB always encrypts the transaction log, on-disk data and snapshots at rest, with a service-managed key unless KmsKeyId names a customer managed KMS key.',
  customerSide:
    "Whether the customer controls, audits and can revoke the key that protects the data is the customer's choice; a customer managed key is needed for key policies, rotation control and crypto-shredding.",
  severity: 'info',
  remediation: { l1: 'KmsKeyId: a customer managed AWS::KMS::Key' },
  controls: { fsbp: [], nist: ['SC-12', 'SC-13', 'SC-28', 'SC-28(1)'] },
  sources: [
    `${CFN_MEMORYDB_CLUSTER}#cfn-memorydb-cluster-kmskeyid`,
    'https://docs.aws.amazon.com/memorydb/latest/devguide/at-rest-encryption.html',
  ],
  messages: {
    serviceKey: 'KmsKeyId is not set, so data at rest is encrypted with the MemoryDB service-managed key.',
    awsManaged: 'KmsKeyId names the AWS managed key {key}, whose policy the customer cannot control.',
  },
  evaluate(ctx) {
    const key = keyChoice(ctx, ctx.props.at('KmsKeyId'));
    if (key.kind === 'customer-managed') return configured(`KmsKeyId is the customer managed key ${key.key}`);
    return key.kind === 'aws-managed' ? unconfigured('awsManaged', { key: key.key }) : unconfigured('serviceKey');
  },
});
