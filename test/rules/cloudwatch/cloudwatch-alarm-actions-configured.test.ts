import { CfnParameter, Fn } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { conditionOn, dutyCases } from '../../harness';

const alarm = (scope: Construct, id = 'Alarm') =>
  new cloudwatch.Alarm(scope, id, {
    metric: new cloudwatch.Metric({ namespace: 'App', metricName: 'Errors' }),
    threshold: 1,
    evaluationPeriods: 1,
  });

dutyCases('cloudwatch-alarm-actions-configured', [
  {
    name: 'the L2 alarm notifies an SNS topic',
    build: (stack) => alarm(stack).addAlarmAction(new actions.SnsAction(new sns.Topic(stack, 'Topic'))),
    path: 'Alarm',
    expect: 'configured',
  },
  {
    name: 'the L2 alarm keeps its defaults (no actions)',
    build: (stack) => alarm(stack),
    path: 'Alarm',
    expect: 'unconfigured',
  },
  {
    name: 'the alarm without actions feeds a composite alarm',
    build: (stack) => {
      const a = alarm(stack);
      new cloudwatch.CompositeAlarm(stack, 'Composite', { alarmRule: cloudwatch.AlarmRule.fromAlarm(a, cloudwatch.AlarmState.ALARM) });
    },
    path: 'Alarm',
    expect: 'not-applicable',
  },
  {
    name: 'an escape-hatch override adds an alarm action',
    build: (stack) => {
      const a = alarm(stack);
      (a.node.defaultChild as cloudwatch.CfnAlarm).addPropertyOverride('AlarmActions', ['arn:aws:sns:us-east-1:111111111111:oncall']);
    },
    path: 'Alarm',
    expect: 'configured',
  },
  {
    name: 'the action list is a parameter',
    build: (stack) => {
      const a = alarm(stack);
      (a.node.defaultChild as cloudwatch.CfnAlarm).addPropertyOverride(
        'AlarmActions',
        new CfnParameter(stack, 'Actions', { type: 'CommaDelimitedList' }).valueAsList,
      );
    },
    path: 'Alarm',
    expect: 'unknown',
  },

  {
    name: 'the only alarm action is an Fn::If with an AWS::NoValue branch',
    build: (stack) => {
      const a = alarm(stack);
      (a.node.defaultChild as cloudwatch.CfnAlarm).addPropertyOverride('AlarmActions', [
        Fn.conditionIf(conditionOn(stack), 'arn:aws:sns:us-east-1:111111111111:oncall', Fn.ref('AWS::NoValue')),
      ]);
    },
    path: 'Alarm',
    expect: 'unknown',
  },
]);
