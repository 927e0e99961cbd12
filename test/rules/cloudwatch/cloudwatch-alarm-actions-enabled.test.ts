import { CfnParameter } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { dutyCases } from '../../harness';

const metric = new cloudwatch.Metric({ namespace: 'App', metricName: 'Errors' });

dutyCases('cloudwatch-alarm-actions-enabled', [
  {
    name: 'the L2 alarm keeps its defaults',
    build: (stack) => new cloudwatch.Alarm(stack, 'Alarm', { metric, threshold: 1, evaluationPeriods: 1 }),
    path: 'Alarm',
    expect: 'configured',
  },
  {
    name: 'the L2 alarm disables its actions',
    build: (stack) => new cloudwatch.Alarm(stack, 'Alarm', { metric, threshold: 1, evaluationPeriods: 1, actionsEnabled: false }),
    path: 'Alarm',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override turns the actions back on',
    build: (stack) => {
      const a = new cloudwatch.Alarm(stack, 'Alarm', { metric, threshold: 1, evaluationPeriods: 1, actionsEnabled: false });
      (a.node.defaultChild as cloudwatch.CfnAlarm).addPropertyOverride('ActionsEnabled', true);
    },
    path: 'Alarm',
    expect: 'configured',
  },
  {
    name: 'ActionsEnabled is a parameter',
    build: (stack) => {
      const a = new cloudwatch.Alarm(stack, 'Alarm', { metric, threshold: 1, evaluationPeriods: 1 });
      (a.node.defaultChild as cloudwatch.CfnAlarm).addPropertyOverride('ActionsEnabled', new CfnParameter(stack, 'Enabled').valueAsString);
    },
    path: 'Alarm',
    expect: 'unknown',
  },
]);
