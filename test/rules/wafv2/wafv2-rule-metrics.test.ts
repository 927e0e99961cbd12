import { CfnParameter } from 'aws-cdk-lib';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { dutyCases } from '../../harness';
import { COMMON_RULES, visibility, webAcl } from './fixtures';

dutyCases('wafv2-rule-metrics', [
  {
    name: 'the web ACL and its rule publish metrics',
    build: (stack) => webAcl(stack),
    path: 'Acl',
    expect: 'configured',
  },
  {
    name: 'a rule turns metrics off',
    build: (stack) => webAcl(stack, { rules: [{ ...COMMON_RULES, visibilityConfig: visibility('common', false) }] }),
    path: 'Acl',
    expect: 'unconfigured',
  },
  {
    name: 'the web ACL itself turns metrics off',
    build: (stack) => webAcl(stack, { visibilityConfig: visibility('acl', false) }),
    path: 'Acl',
    expect: 'unconfigured',
  },
  {
    name: 'a rule group turns metrics off',
    build: (stack) =>
      new wafv2.CfnRuleGroup(stack, 'Group', { scope: 'REGIONAL', capacity: 10, visibilityConfig: visibility('group', false) }),
    path: 'Group',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch turns the rule metrics back on',
    build: (stack) =>
      webAcl(stack, { rules: [{ ...COMMON_RULES, visibilityConfig: visibility('common', false) }] }).addPropertyOverride(
        'Rules.0.VisibilityConfig.CloudWatchMetricsEnabled',
        true,
      ),
    path: 'Acl',
    expect: 'configured',
  },
  {
    name: 'the rule metrics flag is a parameter',
    build: (stack) =>
      webAcl(stack, { rules: [{ ...COMMON_RULES, visibilityConfig: visibility('common', new CfnParameter(stack, 'M').valueAsString) }] }),
    path: 'Acl',
    expect: 'unknown',
  },
]);
