import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'cloudtrail-trail-cloudwatch-logs',
  title: 'CloudTrail trail delivers events to CloudWatch Logs',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::CloudTrail::Trail'],
  awsSide:
    'CloudTrail delivers events to a CloudWatch Logs log group only when the trail names both a log group (CloudWatchLogsLogGroupArn) and a role it can assume (CloudWatchLogsRoleArn).',
  customerSide:
    "Monitoring API activity in near real time is the customer's: without CloudWatch Logs delivery there are no metric filters or alarms on the trail's events.",
  severity: 'warning',
  remediation: {
    l2: 'new cloudtrail.Trail(this, id, { sendToCloudWatchLogs: true })',
    l1: 'CloudWatchLogsLogGroupArn: <log group ARN> and CloudWatchLogsRoleArn: <role ARN>',
  },
  controls: { fsbp: ['CloudTrail.5'], nist: ['AC-2(4)', 'AU-6(1)', 'AU-6(3)', 'AU-6(4)', 'AU-6(5)', 'AU-12', 'CA-7', 'SI-4(20)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-5',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudtrail-trail.html#cfn-cloudtrail-trail-cloudwatchlogsloggrouparn',
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html',
  ],
  messages: {
    notDelivered: 'The trail has {missing}, so CloudTrail does not deliver its events to CloudWatch Logs.',
  },
  evaluate(ctx) {
    const missing = ['CloudWatchLogsLogGroupArn', 'CloudWatchLogsRoleArn'].filter((p) => {
      const v = ctx.props.at(p);
      return !v.isSet() || v.raw === '';
    });
    if (missing.length > 0) return unconfigured('notDelivered', { missing: `no ${missing.join(' and no ')}` });
    return configured('CloudWatchLogsLogGroupArn and CloudWatchLogsRoleArn are set');
  },
});
