import { CfnParameter } from 'aws-cdk-lib';
import * as sam from 'aws-cdk-lib/aws-sam';
import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { includeSam } from './fixtures';

// AWS::Serverless::SimpleTable and StateMachine are judged by the DynamoDB table and the state machine SAM generates.

dutyCases('dynamodb-table-point-in-time-recovery', [
  {
    name: 'a SAM simple table turns on point-in-time recovery (escape hatch: SAM passes it to the table)',
    build: (s) =>
      new sam.CfnSimpleTable(s, 'Table', {}).addPropertyOverride('PointInTimeRecoverySpecification', { PointInTimeRecoveryEnabled: true }),
    path: 'Table',
    expect: 'configured',
  },
  {
    name: 'a SAM simple table keeps its defaults',
    build: (s) => new sam.CfnSimpleTable(s, 'Table', {}),
    path: 'Table',
    expect: 'unconfigured',
  },
  {
    name: 'the SAM simple table PITR setting comes from a parameter',
    build: (s) =>
      new sam.CfnSimpleTable(s, 'Table', {}).addPropertyOverride('PointInTimeRecoverySpecification', {
        PointInTimeRecoveryEnabled: parameter(s, 'Pitr'),
      }),
    path: 'Table',
    expect: 'unknown',
  },
]);

dutyCases('dynamodb-table-capacity-scales-with-demand', [
  {
    name: 'a SAM simple table without ProvisionedThroughput is on-demand',
    build: (s) => new sam.CfnSimpleTable(s, 'Table', {}),
    path: 'Table',
    expect: 'configured',
  },
  {
    name: 'a SAM simple table has fixed provisioned throughput',
    build: (s) => new sam.CfnSimpleTable(s, 'Table', { provisionedThroughput: { readCapacityUnits: 5, writeCapacityUnits: 5 } }),
    path: 'Table',
    expect: 'unconfigured',
  },
  {
    name: 'an included SAM simple table takes ProvisionedThroughput from the Globals section through a condition',
    build: (s) =>
      includeSam(s, {
        Parameters: { Mode: { Type: 'String' } },
        Globals: {
          SimpleTable: {
            ProvisionedThroughput: { 'Fn::If': ['Fixed', { ReadCapacityUnits: 1, WriteCapacityUnits: 1 }, { Ref: 'AWS::NoValue' }] },
          },
        },
        Resources: { Table: { Type: 'AWS::Serverless::SimpleTable' } },
        ...({ Conditions: { Fixed: { 'Fn::Equals': [{ Ref: 'Mode' }, 'fixed'] } } } as object),
      }),
    path: 'Included/Table',
    expect: 'unknown',
  },
]);

dutyCases('stepfunctions-state-machine-logging', [
  {
    name: 'a SAM state machine logs ALL events',
    build: (s) =>
      new sam.CfnStateMachine(s, 'Machine', {
        definition: { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
        logging: {
          level: 'ALL',
          includeExecutionData: false,
          destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: 'arn:aws:logs:us-east-1:111111111111:log-group:sfn' } }],
        },
      }),
    path: 'Machine',
    expect: 'configured',
  },
  {
    name: 'a SAM state machine sets no Logging',
    build: (s) => new sam.CfnStateMachine(s, 'Machine', { definition: { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } } }),
    path: 'Machine',
    expect: 'unconfigured',
  },
  {
    name: 'the SAM state machine log level comes from a parameter',
    build: (s) =>
      new sam.CfnStateMachine(s, 'Machine', {
        definition: { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
        logging: { level: parameter(s, 'Level'), includeExecutionData: false, destinations: [] },
      }),
    path: 'Machine',
    expect: 'unknown',
  },
]);

dutyCases('stepfunctions-state-machine-xray-tracing', [
  {
    name: 'a SAM state machine enables Tracing',
    build: (s) =>
      new sam.CfnStateMachine(s, 'Machine', {
        definition: { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
        tracing: { enabled: true },
      }),
    path: 'Machine',
    expect: 'configured',
  },
  {
    name: 'a SAM state machine sets no Tracing',
    build: (s) => new sam.CfnStateMachine(s, 'Machine', { definition: { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } } }),
    path: 'Machine',
    expect: 'unconfigured',
  },
  {
    name: 'the SAM state machine Tracing comes from a parameter',
    build: (s) =>
      new sam.CfnStateMachine(s, 'Machine', {
        definition: { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
      }).addPropertyOverride('Tracing.Enabled', {
        Ref: new CfnParameter(s, 'Trace').logicalId,
      }),
    path: 'Machine',
    expect: 'unknown',
  },
]);
