import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';
import { optionIsTrue, optionSetting } from './helpers';

export default defineDuty({
  id: 'elasticbeanstalk-environment-cloudwatch-logs',
  title: 'Elastic Beanstalk environment streams instance logs to CloudWatch Logs',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::ElasticBeanstalk::Environment'],
  awsSide:
    'AWS Elastic Beanstalk can install the CloudWatch agent and stream proxy, deployment and application logs from every instance; StreamLogs defaults to false, and logs on terminated instances are lost.',
  customerSide:
    "Retaining the application's logs is the customer's: without log streaming, logs disappear with the instances that Auto Scaling replaces.",
  severity: 'warning',
  remediation: {
    l1: 'OptionSettings: [{ Namespace: aws:elasticbeanstalk:cloudwatch:logs, OptionName: StreamLogs, Value: "true" }] (and RetentionInDays)',
  },
  controls: { fsbp: ['ElasticBeanstalk.3'], nist: ['AU-2', 'AU-3', 'AU-6(3)', 'AU-11', 'AU-12', 'CA-7'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticbeanstalk-controls.html#elasticbeanstalk-3',
    'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-general.html#command-options-general-cloudwatchlogs',
    'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/AWSHowTo.cloudwatchlogs.html',
  ],
  messages: {
    off: 'StreamLogs in aws:elasticbeanstalk:cloudwatch:logs is {value}, so instance logs are not streamed to CloudWatch Logs.',
  },
  evaluate(ctx) {
    const setting = optionSetting(ctx, 'aws:elasticbeanstalk:cloudwatch:logs', 'StreamLogs');
    if (setting.kind === 'unknown') return unknown(setting.reason);
    if (setting.kind === 'absent') return unconfigured('off', { value: 'not set (default false)' });
    if (optionIsTrue(setting.value)) return configured(`StreamLogs is true (${setting.from})`);
    return unconfigured('off', { value: setting.value.str() ?? '' });
  },
});
