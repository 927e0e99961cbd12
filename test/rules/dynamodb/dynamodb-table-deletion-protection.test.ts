import { CfnCondition, CfnParameter, Fn } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { dutyCases } from '../../harness';

const partitionKey = { name: 'pk', type: dynamodb.AttributeType.STRING };

dutyCases('dynamodb-table-deletion-protection', [
  {
    name: 'the TableV2 L2 sets deletionProtection',
    build: (stack) => new dynamodb.TableV2(stack, 'Table', { partitionKey, deletionProtection: true }),
    path: 'Table',
    expect: 'configured',
  },
  {
    name: 'the Table L2 sets deletionProtection',
    build: (stack) => new dynamodb.Table(stack, 'Table', { partitionKey, deletionProtection: true }),
    path: 'Table',
    expect: 'configured',
  },
  {
    name: 'the TableV2 L2 keeps its defaults (deletion protection off)',
    build: (stack) => new dynamodb.TableV2(stack, 'Table', { partitionKey }),
    path: 'Table',
    expect: 'unconfigured',
  },
  {
    name: 'the Table L2 sets deletionProtection: false',
    build: (stack) => new dynamodb.Table(stack, 'Table', { partitionKey, deletionProtection: false }),
    path: 'Table',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override enables it on the TableV2 replica',
    build: (stack) => {
      const table = new dynamodb.TableV2(stack, 'Table', { partitionKey });
      (table.node.defaultChild as dynamodb.CfnGlobalTable).addPropertyOverride('Replicas.0.DeletionProtectionEnabled', true);
    },
    path: 'Table',
    expect: 'configured',
  },
  {
    name: 'DeletionProtectionEnabled is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Protect', { allowedValues: ['true', 'false'] });
      new dynamodb.CfnTable(stack, 'Raw', {
        keySchema: [{ attributeName: 'pk', keyType: 'HASH' }],
        deletionProtectionEnabled: p.valueAsString as unknown as boolean,
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'DeletionProtectionEnabled is chosen by Fn::If',
    build: (stack) => {
      const cond = new CfnCondition(stack, 'IsProd', { expression: Fn.conditionEquals('a', 'b') });
      const table = new dynamodb.Table(stack, 'Table', { partitionKey });
      (table.node.defaultChild as dynamodb.CfnTable).addPropertyOverride(
        'DeletionProtectionEnabled',
        Fn.conditionIf(cond.logicalId, true, false),
      );
    },
    path: 'Table',
    expect: 'unknown',
  },
]);
