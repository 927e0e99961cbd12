import { defineDuty } from '../../lib/model/duty';
import { keyChoice } from '../../lib/model/evidence/kms';
import { configured, unconfigured } from '../../lib/model/verdict';
import { tableSettings } from './helpers';

export default defineDuty({
  id: 'dynamodb-table-customer-managed-key',
  title: 'DynamoDB table is encrypted at rest with a customer managed KMS key',
  category: 'data-protection',
  resourceTypes: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'],
  awsSide:
    'DynamoDB encrypts every table at rest; without an SSESpecification it uses an AWS owned key, and with SSEEnabled but no key named it uses the AWS managed key aws/dynamodb.',
  customerSide:
    "Choosing the key is the customer's: only a customer managed KMS key gives a key policy the customer controls, the ability to disable or revoke access to the table's data, and a CloudTrail record of every use of the key.",
  severity: 'info',
  remediation: {
    l2: 'new dynamodb.TableV2(this, id, { encryption: dynamodb.TableEncryptionV2.customerManagedKey(key) }) or new dynamodb.Table(this, id, { encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED, encryptionKey: key })',
    l1: "SSESpecification: { SSEEnabled: true, SSEType: KMS, KMSMasterKeyId: <customer managed key> } (AWS::DynamoDB::GlobalTable: SSESpecification { SSEEnabled: true, SSEType: KMS } and each replica's SSESpecification.KMSMasterKeyId)",
  },
  controls: { fsbp: [], nist: ['SC-12', 'SC-13', 'SC-28', 'SC-28(1)'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dynamodb-table-ssespecification.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dynamodb-globaltable-ssespecification.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dynamodb-globaltable-replicassespecification.html',
    'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html',
  ],
  messages: {
    awsOwnedKey:
      'SSESpecification.SSEEnabled is absent or false, so DynamoDB encrypts the table with an AWS owned key, not a customer managed key.',
    awsManagedKey:
      'SSEEnabled is true but {where} names no customer managed key ({key}), so DynamoDB uses the AWS managed key aws/dynamodb.',
  },
  evaluate(ctx) {
    if (ctx.props.at('SSESpecification.SSEEnabled').bool() !== true) return unconfigured('awsOwnedKey');
    const keys: string[] = [];
    for (const s of tableSettings(ctx)) {
      const key = keyChoice(ctx, s.holder.at('SSESpecification.KMSMasterKeyId'));
      if (key.kind !== 'customer-managed')
        return unconfigured('awsManagedKey', {
          where: s.where,
          key: key.kind === 'none' ? 'no KMSMasterKeyId' : `KMSMasterKeyId ${key.key}`,
        });
      keys.push(key.key);
    }
    return configured(`encrypted with customer managed key ${keys.join(', ')}`);
  },
});
