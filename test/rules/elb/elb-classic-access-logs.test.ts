import { CfnCondition, Fn } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { cfn, clb } from './classic-fixtures';

dutyCases('elb-classic-access-logs', [
  {
    name: 'the L2 CLB sets an enabled accessLoggingPolicy',
    build: (stack) => clb(stack, { accessLoggingPolicy: { enabled: true, s3BucketName: 'my-logs', emitInterval: 5 } }),
    path: 'Clb',
    expect: 'configured',
  },
  {
    name: 'the L2 CLB has its defaults',
    build: (stack) => clb(stack),
    path: 'Clb',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 CLB disables logging',
    build: (stack) => clb(stack, { accessLoggingPolicy: { enabled: false, s3BucketName: 'my-logs' } }),
    path: 'Clb',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch enables logging',
    build: (stack) => cfn(clb(stack)).addPropertyOverride('AccessLoggingPolicy', { Enabled: true, S3BucketName: 'my-logs' }),
    path: 'Clb',
    expect: 'configured',
  },
  {
    name: 'logging depends on a condition',
    build: (stack) => {
      const c = new CfnCondition(stack, 'C', { expression: Fn.conditionEquals('a', 'b') });
      cfn(clb(stack)).addPropertyOverride('AccessLoggingPolicy', {
        Enabled: Fn.conditionIf(c.logicalId, true, false),
        S3BucketName: 'my-logs',
      });
    },
    path: 'Clb',
    expect: 'unknown',
  },
]);
