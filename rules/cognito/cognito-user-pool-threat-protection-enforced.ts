import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'cognito-user-pool-threat-protection-enforced',
  title: 'Cognito user pool enforces threat protection for standard authentication',
  category: 'identity-and-access',
  resourceTypes: ['AWS::Cognito::UserPool'],
  awsSide:
    'Amazon Cognito threat protection (formerly advanced security) scores sign-ins for compromised credentials and account-takeover risk and, in ENFORCED mode, blocks or challenges risky ones; it is off unless UserPoolAddOns.AdvancedSecurityMode is set, and requires the Plus feature plan.',
  customerSide:
    "Protecting end-user accounts is the customer's: without threat protection in full-function (ENFORCED) mode, Cognito takes no action against credential stuffing or sign-ins with leaked passwords.",
  severity: 'warning',
  remediation: {
    l2: 'new cognito.UserPool(this, id, { featurePlan: cognito.FeaturePlan.PLUS, standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION })',
    l1: 'UserPoolTier: PLUS and UserPoolAddOns: { AdvancedSecurityMode: ENFORCED }',
  },
  controls: { fsbp: ['Cognito.1'], nist: ['AC-7', 'IA-2', 'SI-4'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cognito-controls.html#cognito-1',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cognito-userpool-userpooladdons.html',
    'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html',
  ],
  messages: {
    notEnforced: 'Threat protection for standard authentication is {mode} (UserPoolAddOns.AdvancedSecurityMode), not ENFORCED.',
  },
  evaluate(ctx) {
    const mode = ctx.props.at('UserPoolAddOns.AdvancedSecurityMode').str();
    if (mode === 'ENFORCED') return configured('UserPoolAddOns.AdvancedSecurityMode is ENFORCED');
    return unconfigured('notEnforced', { mode: mode ?? 'off (not set)' });
  },
});
