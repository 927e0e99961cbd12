import * as appscaling from 'aws-cdk-lib/aws-applicationautoscaling';
import { CfnParameter } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { dutyCases } from '../../harness';

const partitionKey = { name: 'pk', type: dynamodb.AttributeType.STRING };

dutyCases('dynamodb-table-capacity-scales-with-demand', [
  {
    name: 'the TableV2 L2 keeps its defaults (on-demand)',
    build: (stack) => new dynamodb.TableV2(stack, 'Table', { partitionKey }),
    path: 'Table',
    expect: 'configured',
  },
  {
    name: 'the Table L2 sets PAY_PER_REQUEST',
    build: (stack) => new dynamodb.Table(stack, 'Table', { partitionKey, billingMode: dynamodb.BillingMode.PAY_PER_REQUEST }),
    path: 'Table',
    expect: 'configured',
  },
  {
    name: 'the provisioned Table L2 auto scales read and write capacity on utilization',
    build: (stack) => {
      const table = new dynamodb.Table(stack, 'Table', { partitionKey });
      table.autoScaleReadCapacity({ minCapacity: 1, maxCapacity: 10 }).scaleOnUtilization({ targetUtilizationPercent: 70 });
      table.autoScaleWriteCapacity({ minCapacity: 1, maxCapacity: 10 }).scaleOnUtilization({ targetUtilizationPercent: 70 });
    },
    path: 'Table',
    expect: 'configured',
  },
  {
    name: 'the Table L2 keeps its defaults (provisioned 5/5, no auto scaling)',
    build: (stack) => new dynamodb.Table(stack, 'Table', { partitionKey }),
    path: 'Table',
    expect: 'unconfigured',
  },
  {
    name: 'the provisioned Table L2 registers a write scaling target with no policy',
    build: (stack) => {
      const table = new dynamodb.Table(stack, 'Table', { partitionKey });
      table.autoScaleReadCapacity({ minCapacity: 1, maxCapacity: 10 }).scaleOnUtilization({ targetUtilizationPercent: 70 });
      table.autoScaleWriteCapacity({ minCapacity: 1, maxCapacity: 10 });
    },
    path: 'Table',
    expect: 'unconfigured',
  },
  {
    name: 'the provisioned Table L2 scales write capacity on a schedule',
    build: (stack) => {
      const table = new dynamodb.Table(stack, 'Table', { partitionKey });
      table.autoScaleReadCapacity({ minCapacity: 1, maxCapacity: 10 }).scaleOnUtilization({ targetUtilizationPercent: 70 });
      table
        .autoScaleWriteCapacity({ minCapacity: 1, maxCapacity: 10 })
        .scaleOnSchedule('Night', { schedule: appscaling.Schedule.cron({ hour: '0', minute: '0' }), maxCapacity: 2 });
    },
    path: 'Table',
    expect: 'configured',
  },
  {
    name: 'the provisioned TableV2 L2 keeps a fixed read capacity',
    build: (stack) =>
      new dynamodb.TableV2(stack, 'Table', {
        partitionKey,
        billing: dynamodb.Billing.provisioned({
          readCapacity: dynamodb.Capacity.fixed(5),
          writeCapacity: dynamodb.Capacity.autoscaled({ maxCapacity: 10 }),
        }),
      }),
    path: 'Table',
    expect: 'unconfigured',
  },
  {
    name: 'the provisioned TableV2 L2 auto scales read and write capacity',
    build: (stack) =>
      new dynamodb.TableV2(stack, 'Table', {
        partitionKey,
        billing: dynamodb.Billing.provisioned({
          readCapacity: dynamodb.Capacity.autoscaled({ maxCapacity: 10 }),
          writeCapacity: dynamodb.Capacity.autoscaled({ maxCapacity: 10 }),
        }),
      }),
    path: 'Table',
    expect: 'configured',
  },
  {
    name: 'an escape-hatch override switches the Table L2 to on-demand',
    build: (stack) => {
      const table = new dynamodb.Table(stack, 'Table', { partitionKey });
      const cfn = table.node.defaultChild as dynamodb.CfnTable;
      cfn.addPropertyOverride('BillingMode', 'PAY_PER_REQUEST');
      cfn.addPropertyDeletionOverride('ProvisionedThroughput');
    },
    path: 'Table',
    expect: 'configured',
  },
  {
    name: 'BillingMode is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Billing', { allowedValues: ['PROVISIONED', 'PAY_PER_REQUEST'] });
      new dynamodb.CfnTable(stack, 'Raw', { keySchema: [{ attributeName: 'pk', keyType: 'HASH' }], billingMode: p.valueAsString });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
