import { CfnParameter, Duration } from 'aws-cdk-lib';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import { dutyCases } from '../../harness';

dutyCases('kinesis-stream-retention-period', [
  {
    name: 'the L2 stream keeps records for seven days',
    build: (stack) => new kinesis.Stream(stack, 'Stream', { retentionPeriod: Duration.days(7) }),
    path: 'Stream',
    expect: 'configured',
  },
  {
    name: 'the L2 stream keeps its defaults (24 hours)',
    build: (stack) => new kinesis.Stream(stack, 'Stream'),
    path: 'Stream',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 stream leaves RetentionPeriodHours unset (24 hours)',
    build: (stack) => new kinesis.CfnStream(stack, 'Raw', { shardCount: 1 }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override raises retention to 168 hours',
    build: (stack) => {
      const s = new kinesis.Stream(stack, 'Stream');
      (s.node.defaultChild as kinesis.CfnStream).addPropertyOverride('RetentionPeriodHours', 168);
    },
    path: 'Stream',
    expect: 'configured',
  },
  {
    name: 'the retention is a parameter',
    build: (stack) =>
      new kinesis.CfnStream(stack, 'Raw', {
        shardCount: 1,
        retentionPeriodHours: new CfnParameter(stack, 'Hours', { type: 'Number' }).valueAsNumber,
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
