import { CfnDeletionPolicy, Fn, RemovalPolicy } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import { dutyCases } from '../../harness';

dutyCases('logs-log-group-retained-on-delete', [
  {
    name: 'the L2 log group keeps its defaults (RETAIN)',
    build: (stack) => new logs.LogGroup(stack, 'Logs'),
    path: 'Logs',
    expect: 'configured',
  },
  {
    name: 'the L2 log group is destroyed with the stack',
    build: (stack) => new logs.LogGroup(stack, 'Logs', { removalPolicy: RemovalPolicy.DESTROY }),
    path: 'Logs',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 log group has no DeletionPolicy',
    build: (stack) => new logs.CfnLogGroup(stack, 'Raw'),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'the L1 log group gets DeletionPolicy Retain through cfnOptions',
    build: (stack) => {
      new logs.CfnLogGroup(stack, 'Raw').cfnOptions.deletionPolicy = CfnDeletionPolicy.RETAIN;
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the DeletionPolicy is chosen by a condition',
    build: (stack) => {
      new logs.CfnLogGroup(stack, 'Raw').addOverride('DeletionPolicy', Fn.conditionIf('Prod', 'Retain', 'Delete'));
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
