import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { WAF_CONTROLS_SOURCE, WEB_ACL_SOURCE } from './helpers';

export default defineDuty({
  id: 'wafv2-web-acl-has-rules',
  title: 'AWS WAF web ACL has at least one rule or rule group',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::WAFv2::WebACL'],
  awsSide:
    "AWS WAF evaluates the web ACL's rules, including AWS Managed Rules groups that AWS keeps up to date, on every request; a web ACL without rules applies only its DefaultAction to everything.",
  customerSide:
    "Choosing the rules is the customer's: a web ACL with no rule or rule group inspects nothing, so it gives a false sense of protection to every resource it is associated with.",
  severity: 'warning',
  remediation: {
    l2: 'new wafv2.CfnWebACL(this, id, { rules: [{ name: "AWSManagedRulesCommonRuleSet", priority: 0, statement: { managedRuleGroupStatement: { vendorName: "AWS", name: "AWSManagedRulesCommonRuleSet" } }, overrideAction: { none: {} }, visibilityConfig: { ... } }], ... })',
    l1: 'Rules: at least one rule (e.g. a ManagedRuleGroupStatement for AWSManagedRulesCommonRuleSet)',
  },
  controls: { fsbp: ['WAF.10'], nist: ['CA-7', 'CM-2', 'SC-7', 'SI-4'] },
  sources: [
    `${WAF_CONTROLS_SOURCE}#waf-10`,
    WEB_ACL_SOURCE,
    'https://docs.aws.amazon.com/waf/latest/developerguide/aws-managed-rule-groups.html',
  ],
  messages: {
    empty: 'The web ACL has no rules, so every request gets its DefaultAction ({action}) without inspection.',
  },
  evaluate(ctx) {
    const rules = ctx.props.at('Rules').list() ?? [];
    if (rules.length > 0) return configured(`the web ACL has ${rules.length} rule(s)`);
    const action = ctx.props.at('DefaultAction.Block').raw !== undefined ? 'Block' : 'Allow';
    return unconfigured('empty', { action });
  },
});
