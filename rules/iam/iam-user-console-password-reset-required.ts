import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'iam-user-console-password-reset-required',
  title: 'IAM user with a console password set in the template must reset it at first sign-in',
  category: 'identity-and-access',
  resourceTypes: ['AWS::IAM::User'],
  awsSide:
    'IAM creates the console password given in LoginProfile.Password and, unless PasswordResetRequired is true, keeps it valid as is.',
  customerSide:
    "Credential management is the customer's: a password written into a stack is known to everyone who can read the template or its parameters, so the user must replace it at first sign-in.",
  severity: 'warning',
  remediation: {
    l2: 'new iam.User(this, id, { password: SecretValue.secretsManager(...), passwordResetRequired: true })',
    l1: 'LoginProfile: { Password: ..., PasswordResetRequired: true }',
  },
  controls: { fsbp: [], nist: ['IA-5', 'IA-5(1)'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-iam-user-loginprofile.html',
    'https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateLoginProfile.html',
    'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_iam.UserProps.html#passwordresetrequired',
  ],
  messages: {
    noReset: 'The user has a console password (LoginProfile) with PasswordResetRequired {value}.',
  },
  evaluate(ctx) {
    const profile = ctx.props.at('LoginProfile');
    if (!profile.isSet()) return notApplicable('the user has no console password (no LoginProfile)');
    const reset = profile.at('PasswordResetRequired').bool();
    if (reset === true) return configured('LoginProfile.PasswordResetRequired is true');
    return unconfigured('noReset', { value: reset === false ? 'false' : 'not set (false by default)' });
  },
});
