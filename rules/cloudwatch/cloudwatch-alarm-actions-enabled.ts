import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'cloudwatch-alarm-actions-enabled',
  title: 'CloudWatch alarm actions are activated',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::CloudWatch::Alarm'],
  awsSide: "CloudWatch runs an alarm's actions on state changes only while ActionsEnabled is true, which is the CloudFormation default.",
  customerSide:
    "Keeping the alarm's actions switched on is the customer's: with ActionsEnabled false the alarm still changes state but never notifies or acts.",
  severity: 'warning',
  remediation: {
    l2: 'new cloudwatch.Alarm(this, id, { actionsEnabled: true, ... }) (the default)',
    l1: 'ActionsEnabled: true (or omit it)',
  },
  controls: { fsbp: [], nist: ['AU-6(1)', 'AU-6(5)', 'CA-7', 'SI-2', 'SI-4(12)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-17',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudwatch-alarm.html#cfn-cloudwatch-alarm-actionsenabled',
  ],
  messages: {
    disabled: "ActionsEnabled is false, so the alarm's actions never run when its state changes.",
  },
  evaluate(ctx) {
    const enabled = ctx.props.at('ActionsEnabled').bool();
    if (enabled === false) return unconfigured('disabled');
    return configured(enabled === true ? 'ActionsEnabled is true' : 'ActionsEnabled not set: true by default');
  },
});
