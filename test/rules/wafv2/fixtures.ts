import type { Stack } from 'aws-cdk-lib';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';

export const visibility = (metricName: string, cloudWatchMetricsEnabled: boolean | string = true) => ({
  cloudWatchMetricsEnabled: cloudWatchMetricsEnabled as boolean,
  metricName,
  sampledRequestsEnabled: true,
});

export const COMMON_RULES: wafv2.CfnWebACL.RuleProperty = {
  name: 'AWSManagedRulesCommonRuleSet',
  priority: 0,
  statement: { managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesCommonRuleSet' } },
  overrideAction: { none: {} },
  visibilityConfig: visibility('common'),
};

export function webAcl(stack: Stack, props: Partial<wafv2.CfnWebACLProps> = {}): wafv2.CfnWebACL {
  return new wafv2.CfnWebACL(stack, 'Acl', {
    scope: 'REGIONAL',
    defaultAction: { allow: {} },
    visibilityConfig: visibility('acl'),
    rules: [COMMON_RULES],
    ...props,
  });
}
