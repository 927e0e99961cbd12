import { CfnParameter, Fn } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { dutyCases } from '../../harness';

const partitionKey = { name: 'pk', type: dynamodb.AttributeType.STRING };

dutyCases('dynamodb-table-point-in-time-recovery', [
  {
    name: 'the TableV2 L2 enables point-in-time recovery',
    build: (stack) =>
      new dynamodb.TableV2(stack, 'Table', { partitionKey, pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true } }),
    path: 'Table',
    expect: 'configured',
  },
  {
    name: 'the Table L2 enables point-in-time recovery',
    build: (stack) =>
      new dynamodb.Table(stack, 'Table', { partitionKey, pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true } }),
    path: 'Table',
    expect: 'configured',
  },
  {
    name: 'the TableV2 L2 keeps its defaults (point-in-time recovery off)',
    build: (stack) => new dynamodb.TableV2(stack, 'Table', { partitionKey }),
    path: 'Table',
    expect: 'unconfigured',
  },
  {
    name: 'the Table L2 keeps its defaults (point-in-time recovery off)',
    build: (stack) => new dynamodb.Table(stack, 'Table', { partitionKey }),
    path: 'Table',
    expect: 'unconfigured',
  },
  {
    name: 'a global table enables it on one replica only',
    build: (stack) =>
      new dynamodb.CfnGlobalTable(stack, 'Global', {
        keySchema: [{ attributeName: 'pk', keyType: 'HASH' }],
        attributeDefinitions: [{ attributeName: 'pk', attributeType: 'S' }],
        billingMode: 'PAY_PER_REQUEST',
        replicas: [
          { region: 'us-east-1', pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true } },
          { region: 'eu-west-1' },
        ],
      }),
    path: 'Global',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override enables it on the Table L2',
    build: (stack) => {
      const table = new dynamodb.Table(stack, 'Table', { partitionKey });
      (table.node.defaultChild as dynamodb.CfnTable).addPropertyOverride(
        'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled',
        true,
      );
    },
    path: 'Table',
    expect: 'configured',
  },
  {
    name: 'PointInTimeRecoveryEnabled is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Pitr', { allowedValues: ['true', 'false'] });
      const table = new dynamodb.Table(stack, 'Table', { partitionKey });
      (table.node.defaultChild as dynamodb.CfnTable).addPropertyOverride(
        'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled',
        p.valueAsString,
      );
    },
    path: 'Table',
    expect: 'unknown',
  },
  {
    name: "the replica's setting is an import",
    build: (stack) => {
      const table = new dynamodb.TableV2(stack, 'Table', { partitionKey });
      (table.node.defaultChild as dynamodb.CfnGlobalTable).addPropertyOverride(
        'Replicas.0.PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled',
        Fn.importValue('Pitr'),
      );
    },
    path: 'Table',
    expect: 'unknown',
  },
]);
