import { CfnParameter } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kms from 'aws-cdk-lib/aws-kms';
import { dutyCases } from '../../harness';

const partitionKey = { name: 'pk', type: dynamodb.AttributeType.STRING };

dutyCases('dynamodb-table-customer-managed-key', [
  {
    name: 'the TableV2 L2 uses a customer managed key',
    build: (stack) =>
      new dynamodb.TableV2(stack, 'Table', {
        partitionKey,
        encryption: dynamodb.TableEncryptionV2.customerManagedKey(new kms.Key(stack, 'Key')),
      }),
    path: 'Table',
    expect: 'configured',
  },
  {
    name: 'the Table L2 uses CUSTOMER_MANAGED (CDK creates the key)',
    build: (stack) => new dynamodb.Table(stack, 'Table', { partitionKey, encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED }),
    path: 'Table',
    expect: 'configured',
  },
  {
    name: 'the TableV2 L2 keeps its defaults (AWS owned key)',
    build: (stack) => new dynamodb.TableV2(stack, 'Table', { partitionKey }),
    path: 'Table',
    expect: 'unconfigured',
  },
  {
    name: 'the Table L2 uses AWS_MANAGED (aws/dynamodb)',
    build: (stack) => new dynamodb.Table(stack, 'Table', { partitionKey, encryption: dynamodb.TableEncryption.AWS_MANAGED }),
    path: 'Table',
    expect: 'unconfigured',
  },
  {
    name: 'the TableV2 L2 uses awsManagedKey()',
    build: (stack) => new dynamodb.TableV2(stack, 'Table', { partitionKey, encryption: dynamodb.TableEncryptionV2.awsManagedKey() }),
    path: 'Table',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override names a customer managed key',
    build: (stack) => {
      const key = new kms.Key(stack, 'Key');
      const table = new dynamodb.Table(stack, 'Table', { partitionKey, encryption: dynamodb.TableEncryption.AWS_MANAGED });
      (table.node.defaultChild as dynamodb.CfnTable).addPropertyOverride('SSESpecification.KMSMasterKeyId', key.keyArn);
    },
    path: 'Table',
    expect: 'configured',
  },
  {
    name: 'the key is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'KeyArn');
      new dynamodb.CfnTable(stack, 'Raw', {
        keySchema: [{ attributeName: 'pk', keyType: 'HASH' }],
        sseSpecification: { sseEnabled: true, sseType: 'KMS', kmsMasterKeyId: p.valueAsString },
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
