import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { WAF_CONTROLS_SOURCE, WEB_ACL_SOURCE } from './helpers';

export default defineDuty({
  id: 'wafv2-rule-metrics',
  title: 'AWS WAF web ACL or rule group and each of its rules publish CloudWatch metrics',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::WAFv2::WebACL', 'AWS::WAFv2::RuleGroup'],
  awsSide:
    'AWS WAF publishes allowed, blocked and counted request metrics to CloudWatch for the web ACL, rule group and each rule whose VisibilityConfig has CloudWatchMetricsEnabled true.',
  customerSide:
    "Watching what the firewall does is the customer's: with metrics off for a rule there is nothing to alarm on when the rule starts blocking legitimate traffic or stops matching attacks.",
  severity: 'warning',
  remediation: {
    l2: 'visibilityConfig: { cloudWatchMetricsEnabled: true, metricName, sampledRequestsEnabled: true } on the CfnWebACL / CfnRuleGroup and on every rule',
    l1: 'VisibilityConfig.CloudWatchMetricsEnabled: true on the web ACL or rule group and on every Rules[]',
  },
  controls: { fsbp: ['WAF.12'], nist: ['AU-6(1)', 'AU-6(5)', 'CA-7', 'SI-4(2)', 'SI-4(5)'] },
  sources: [
    `${WAF_CONTROLS_SOURCE}#waf-12`,
    WEB_ACL_SOURCE,
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-visibilityconfig.html',
  ],
  messages: {
    resourceOff: 'The {kind} has VisibilityConfig.CloudWatchMetricsEnabled {value}.',
    ruleOff: 'The rule {rule} has VisibilityConfig.CloudWatchMetricsEnabled {value}.',
  },
  evaluate(ctx) {
    const kind = ctx.resource.type === 'AWS::WAFv2::RuleGroup' ? 'rule group' : 'web ACL';
    const own = ctx.props.at('VisibilityConfig.CloudWatchMetricsEnabled').bool();
    if (own !== true) return unconfigured('resourceOff', { kind, value: own === undefined ? 'not set' : 'false' });
    const rules = ctx.props.at('Rules').list() ?? [];
    for (const rule of rules) {
      const enabled = rule.at('VisibilityConfig.CloudWatchMetricsEnabled').bool();
      if (enabled !== true)
        return unconfigured('ruleOff', { rule: rule.at('Name').str() ?? '?', value: enabled === undefined ? 'not set' : 'false' });
    }
    return configured(`the ${kind} and its ${rules.length} rule(s) publish CloudWatch metrics`);
  },
});
