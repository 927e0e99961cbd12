import { CfnParameter } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import { dutyCases } from '../../harness';

dutyCases('logs-log-group-retention', [
  {
    name: 'the L2 log group keeps its defaults (two years)',
    build: (stack) => new logs.LogGroup(stack, 'Logs'),
    path: 'Logs',
    expect: 'configured',
  },
  {
    name: 'the L2 log group never expires its events',
    build: (stack) => new logs.LogGroup(stack, 'Logs', { retention: logs.RetentionDays.INFINITE }),
    path: 'Logs',
    expect: 'configured',
  },
  {
    name: 'the L2 log group keeps events for one week',
    build: (stack) => new logs.LogGroup(stack, 'Logs', { retention: logs.RetentionDays.ONE_WEEK }),
    path: 'Logs',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override raises the retention to 400 days',
    build: (stack) => {
      const group = new logs.LogGroup(stack, 'Logs', { retention: logs.RetentionDays.ONE_DAY });
      (group.node.defaultChild as logs.CfnLogGroup).addPropertyOverride('RetentionInDays', 400);
    },
    path: 'Logs',
    expect: 'configured',
  },
  {
    name: 'the retention is a parameter',
    build: (stack) =>
      new logs.CfnLogGroup(stack, 'Raw', { retentionInDays: new CfnParameter(stack, 'Days', { type: 'Number' }).valueAsNumber }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
