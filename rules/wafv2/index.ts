import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import wafv2RuleMetrics from './wafv2-rule-metrics';
import wafv2WebAclHasRules from './wafv2-web-acl-has-rules';
import wafv2WebAclLogging from './wafv2-web-acl-logging';

/** AWS WAF (v2) duties, sorted by id. */
export const duties: readonly Duty[] = [wafv2RuleMetrics, wafv2WebAclHasRules, wafv2WebAclLogging];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::WAFv2::WebACL',
    service: 'AWS WAF',
    serviceModel: 'abstracted',
    awsSide:
      "AWS operates the WAF inspection fleet and maintains AWS Managed Rules groups; which rules a web ACL contains, what it protects, and its logging and metrics are the customer's configuration.",
    source: 'https://docs.aws.amazon.com/waf/latest/developerguide/security.html',
  },
  {
    type: 'AWS::WAFv2::RuleGroup',
    service: 'AWS WAF',
    serviceModel: 'abstracted',
    awsSide: "AWS evaluates the rule group wherever a web ACL references it; its rules and their visibility settings are the customer's.",
    source: 'https://docs.aws.amazon.com/waf/latest/developerguide/security.html',
  },
];
