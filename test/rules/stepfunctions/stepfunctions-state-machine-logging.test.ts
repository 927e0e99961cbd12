import { CfnParameter } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { dutyCases } from '../../harness';

const body = () => sfn.DefinitionBody.fromString('{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}');

dutyCases('stepfunctions-state-machine-logging', [
  {
    name: 'the L2 state machine logs errors to a log group',
    build: (stack) =>
      new sfn.StateMachine(stack, 'Machine', { definitionBody: body(), logs: { destination: new logs.LogGroup(stack, 'Logs') } }),
    path: 'Machine',
    expect: 'configured',
  },
  {
    name: 'the L2 state machine keeps its defaults (no logging)',
    build: (stack) => new sfn.StateMachine(stack, 'Machine', { definitionBody: body() }),
    path: 'Machine',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 state machine sets level OFF',
    build: (stack) =>
      new sfn.StateMachine(stack, 'Machine', {
        definitionBody: body(),
        logs: { destination: new logs.LogGroup(stack, 'Logs'), level: sfn.LogLevel.OFF },
      }),
    path: 'Machine',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override turns logging on at ALL',
    build: (stack) => {
      const m = new sfn.StateMachine(stack, 'Machine', { definitionBody: body() });
      (m.node.defaultChild as sfn.CfnStateMachine).addPropertyOverride('LoggingConfiguration', {
        Level: 'ALL',
        Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: 'arn:aws:logs:us-east-1:111111111111:log-group:sfn:*' } }],
      });
    },
    path: 'Machine',
    expect: 'configured',
  },
  {
    name: 'the level is a parameter',
    build: (stack) => {
      const m = new sfn.StateMachine(stack, 'Machine', { definitionBody: body() });
      (m.node.defaultChild as sfn.CfnStateMachine).addPropertyOverride(
        'LoggingConfiguration.Level',
        new CfnParameter(stack, 'Level').valueAsString,
      );
    },
    path: 'Machine',
    expect: 'unknown',
  },
]);
