import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { loggingConfigurations, WAF_CONTROLS_SOURCE } from './helpers';

export default defineDuty({
  id: 'wafv2-web-acl-logging',
  title: 'AWS WAF web ACL logs the traffic it inspects',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::WAFv2::WebACL'],
  awsSide:
    'AWS WAF records, for every request it inspects, the matching rule and the action taken, and delivers these logs to CloudWatch Logs, S3 or Firehose only when the web ACL has a logging configuration; there is none by default.',
  customerSide:
    "Keeping a record of blocked and allowed requests is the customer's: only an AWS::WAFv2::LoggingConfiguration for the web ACL preserves what was attacked and why requests were blocked.",
  severity: 'warning',
  remediation: {
    l2: 'new wafv2.CfnLoggingConfiguration(this, id, { resourceArn: webAcl.attrArn, logDestinationConfigs: [logGroupArn] }) (log group name starting with aws-waf-logs-)',
    l1: 'an AWS::WAFv2::LoggingConfiguration with ResourceArn: { "Fn::GetAtt": [<web ACL>, "Arn"] } and LogDestinationConfigs',
  },
  controls: { fsbp: [], nist: ['AC-4(26)', 'AU-10', 'AU-12', 'AU-2', 'AU-3', 'AU-6(3)', 'AU-6(4)', 'CA-7', 'SC-7(9)', 'SI-7(8)'] },
  sources: [
    `${WAF_CONTROLS_SOURCE}#waf-11`,
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-wafv2-loggingconfiguration.html',
    'https://docs.aws.amazon.com/waf/latest/developerguide/logging.html',
  ],
  messages: {
    none: 'No AWS::WAFv2::LoggingConfiguration in this template references the web ACL, so its decisions are not logged.',
  },
  evaluate(ctx) {
    const configs = loggingConfigurations(ctx);
    if (configs.length > 0) return configured(`logged by ${configs.map((c) => c.logicalId).join(', ')}`);
    return unconfigured('none');
  },
});
