import { Names } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { logGroup } from './log-group';

/**
 * A WAFv2 web ACL with AWS's common and known-bad-inputs managed rule groups, metrics on every
 * rule, and its logs in a log group. `REGIONAL` protects an Application Load Balancer, an API
 * Gateway REST API stage or an AppSync API (`new wafv2.CfnWebACLAssociation(...)`); `CLOUDFRONT`
 * protects a distribution (`webAclId: webAcl.attrArn`) and must be created in us-east-1.
 */
export function webAcl(scope: Construct, id = 'WebAcl', aclScope: 'REGIONAL' | 'CLOUDFRONT' = 'REGIONAL', key?: kms.IKey): wafv2.CfnWebACL {
  const visibility = (metricName: string) => ({ cloudWatchMetricsEnabled: true, metricName, sampledRequestsEnabled: true });
  const managed = (name: string, priority: number) => ({
    name,
    priority,
    statement: { managedRuleGroupStatement: { vendorName: 'AWS', name } },
    overrideAction: { none: {} },
    visibilityConfig: visibility(name),
  });
  // Scope CLOUDFRONT is accepted only in us-east-1
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-wafv2-webacl.html).
  const acl = new wafv2.CfnWebACL(scope, id, {
    scope: aclScope,
    defaultAction: { allow: {} },
    visibilityConfig: visibility(id),
    rules: [managed('AWSManagedRulesCommonRuleSet', 0), managed('AWSManagedRulesKnownBadInputsRuleSet', 1)],
  });
  // WAF logs only to a log group whose name starts with aws-waf-logs-
  // (https://docs.aws.amazon.com/waf/latest/developerguide/logging-cw-logs.html#logging-cw-logs-naming).
  const logs = logGroup(scope, `${id}Logs`, key, `aws-waf-logs-${Names.uniqueResourceName(acl, { maxLength: 50 })}`);
  new wafv2.CfnLoggingConfiguration(scope, `${id}Logging`, { resourceArn: acl.attrArn, logDestinationConfigs: [logs.logGroupArn] });
  return acl;
}
