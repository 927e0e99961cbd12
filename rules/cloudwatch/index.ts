import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import cloudwatchAlarmActionsConfigured from './cloudwatch-alarm-actions-configured';
import cloudwatchAlarmActionsEnabled from './cloudwatch-alarm-actions-enabled';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [cloudwatchAlarmActionsConfigured, cloudwatchAlarmActionsEnabled];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::CloudWatch::Alarm',
    service: 'Amazon CloudWatch',
    serviceModel: 'abstracted',
    awsSide:
      "AWS collects the metrics, evaluates the alarm and runs its actions on state changes; what the alarm watches and what it triggers are the customer's.",
    source: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html',
  },
];
