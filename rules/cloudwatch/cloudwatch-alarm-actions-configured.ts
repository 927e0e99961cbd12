import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'cloudwatch-alarm-actions-configured',
  title: 'CloudWatch alarm has an action for the ALARM state',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::CloudWatch::Alarm'],
  awsSide: 'CloudWatch evaluates the metric and changes the alarm state; it notifies or acts only through the actions the alarm lists.',
  customerSide:
    "Deciding who is told and what happens when the alarm fires is the customer's: an alarm without AlarmActions changes state without anyone hearing about it.",
  severity: 'warning',
  remediation: {
    l2: 'alarm.addAlarmAction(new cw_actions.SnsAction(topic))',
    l1: 'AlarmActions: [<SNS topic ARN or other action ARN>]',
  },
  controls: { fsbp: [], nist: ['AU-6(1)', 'AU-6(5)', 'CA-7', 'IR-4(1)', 'SI-2', 'SI-4(12)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-15',
    'https://docs.aws.amazon.com/config/latest/developerguide/cloudwatch-alarm-action-check.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudwatch-alarm.html#cfn-cloudwatch-alarm-alarmactions',
  ],
  messages: {
    noActions: 'The alarm has no AlarmActions, so nothing happens and no one is notified when it enters the ALARM state.',
  },
  evaluate(ctx) {
    const actions = ctx.props.at('AlarmActions').list() ?? [];
    if (actions.length > 0) return configured(`${actions.length} alarm action(s)`);
    const composite = ctx.referrers('AWS::CloudWatch::CompositeAlarm');
    if (composite.length > 0)
      return notApplicable(`the alarm feeds composite alarm ${composite.map((c) => c.logicalId).join(', ')}, which carries the actions`);
    return unconfigured('noActions');
  },
});
