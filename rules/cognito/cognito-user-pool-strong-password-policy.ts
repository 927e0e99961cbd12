import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

const MIN_LENGTH = 8;
const CLASSES = ['RequireLowercase', 'RequireUppercase', 'RequireNumbers', 'RequireSymbols'] as const;

export default defineDuty({
  id: 'cognito-user-pool-strong-password-policy',
  title: 'Cognito user pool password policy keeps at least 8 characters and every character class',
  category: 'identity-and-access',
  resourceTypes: ['AWS::Cognito::UserPool'],
  awsSide:
    "Amazon Cognito enforces the user pool's password policy at sign-up and password change; when Policies.PasswordPolicy or one of its settings is omitted, Cognito applies its default, which the CDK PasswordPolicy reference gives as minimum length 8 with lowercase, uppercase, numbers and symbols required (the CloudFormation reference states no default).",
  customerSide:
    "Setting password strength for end users is the customer's: lowering the minimum length below 8 or dropping character classes makes passwords easier to guess or crack.",
  severity: 'warning',
  remediation: {
    l2: 'new cognito.UserPool(this, id, { passwordPolicy: { minLength: 12, requireLowercase: true, requireUppercase: true, requireDigits: true, requireSymbols: true } })',
    l1: 'Policies.PasswordPolicy: { MinimumLength: 12, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true } (or omit the settings to keep the defaults)',
  },
  controls: { fsbp: [], nist: ['IA-5', 'IA-5(1)'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cognito-userpool-passwordpolicy.html',
    'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_cognito.PasswordPolicy.html',
    'https://docs.aws.amazon.com/config/latest/developerguide/cognito-user-pool-password-policy-check.html',
  ],
  messages: {
    short: 'The password policy sets MinimumLength {length}, below 8.',
    classOff: 'The password policy sets {setting} false.',
  },
  evaluate(ctx) {
    const policy = ctx.props.at('Policies.PasswordPolicy');
    const length = policy.at('MinimumLength').num();
    if (length !== undefined && length < MIN_LENGTH) return unconfigured('short', { length });
    for (const setting of CLASSES) {
      if (policy.at(setting).bool() === false) return unconfigured('classOff', { setting });
    }
    return configured(
      policy.isSet()
        ? `MinimumLength ${length ?? '8 (default)'}, no character class turned off`
        : 'no PasswordPolicy: Cognito applies its default policy',
    );
  },
});
