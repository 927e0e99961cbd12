import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'cognito-user-pool-mfa-enabled',
  title: 'Cognito user pool has multi-factor authentication turned on or optional',
  category: 'identity-and-access',
  resourceTypes: ['AWS::Cognito::UserPool'],
  awsSide:
    "Amazon Cognito sends and verifies MFA codes (SMS, email or TOTP) when the user pool's MfaConfiguration is ON or OPTIONAL; when it is OFF (the default) users sign in with a password alone.",
  customerSide:
    "Choosing how end users authenticate is the customer's: with MFA off, a guessed or leaked password is enough to take over an account; require MFA (ON) or at least let users enrol (OPTIONAL).",
  severity: 'warning',
  remediation: {
    l2: 'new cognito.UserPool(this, id, { mfa: cognito.Mfa.REQUIRED, mfaSecondFactor: { sms: false, otp: true } })',
    l1: 'MfaConfiguration: ON (or OPTIONAL) with EnabledMfas, e.g. [SOFTWARE_TOKEN_MFA]',
  },
  controls: { fsbp: [], nist: ['IA-2', 'IA-2(1)', 'IA-2(2)'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cognito-userpool.html#cfn-cognito-userpool-mfaconfiguration',
    'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html',
    'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cognito.UserPoolProps.html#mfa',
  ],
  messages: {
    mfaOff: 'The user pool has MfaConfiguration {value}, so users sign in without a second factor.',
  },
  evaluate(ctx) {
    const mfa = ctx.props.at('MfaConfiguration').str();
    if (mfa === 'ON' || mfa === 'OPTIONAL') return configured(`MfaConfiguration is ${mfa}`);
    return unconfigured('mfaOff', { value: mfa ?? 'not set (OFF by default)' });
  },
});
