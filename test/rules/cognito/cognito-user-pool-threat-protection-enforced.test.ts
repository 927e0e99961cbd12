import { CfnParameter } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { dutyCases } from '../../harness';

dutyCases('cognito-user-pool-threat-protection-enforced', [
  {
    name: 'the L2 pool enforces threat protection on the Plus plan',
    build: (stack) =>
      new cognito.UserPool(stack, 'Pool', {
        featurePlan: cognito.FeaturePlan.PLUS,
        standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      }),
    path: 'Pool',
    expect: 'configured',
  },
  {
    name: 'the L2 pool keeps its defaults',
    build: (stack) => new cognito.UserPool(stack, 'Pool'),
    path: 'Pool',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 pool only audits risks',
    build: (stack) =>
      new cognito.UserPool(stack, 'Pool', {
        featurePlan: cognito.FeaturePlan.PLUS,
        standardThreatProtectionMode: cognito.StandardThreatProtectionMode.AUDIT_ONLY,
      }),
    path: 'Pool',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override sets AdvancedSecurityMode ENFORCED',
    build: (stack) => {
      const pool = new cognito.UserPool(stack, 'Pool', { featurePlan: cognito.FeaturePlan.PLUS });
      (pool.node.defaultChild as cognito.CfnUserPool).addPropertyOverride('UserPoolAddOns.AdvancedSecurityMode', 'ENFORCED');
    },
    path: 'Pool',
    expect: 'configured',
  },
  {
    name: 'the mode is a parameter',
    build: (stack) =>
      new cognito.CfnUserPool(stack, 'Raw', { userPoolAddOns: { advancedSecurityMode: new CfnParameter(stack, 'Mode').valueAsString } }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
