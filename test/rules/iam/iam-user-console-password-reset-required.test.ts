import { CfnParameter, SecretValue } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { dutyCases } from '../../harness';

dutyCases('iam-user-console-password-reset-required', [
  {
    name: 'the L2 user has no console password',
    build: (stack) => new iam.User(stack, 'User'),
    path: 'User',
    expect: 'not-applicable',
  },
  {
    name: 'the L2 user has a password and passwordResetRequired',
    build: (stack) =>
      new iam.User(stack, 'User', { password: SecretValue.secretsManager('initial-password'), passwordResetRequired: true }),
    path: 'User',
    expect: 'configured',
  },
  {
    name: 'the L2 user has a password without passwordResetRequired',
    build: (stack) => new iam.User(stack, 'User', { password: SecretValue.secretsManager('initial-password') }),
    path: 'User',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override requires the reset',
    build: (stack) => {
      const user = new iam.User(stack, 'User', { password: SecretValue.secretsManager('initial-password') });
      (user.node.defaultChild as iam.CfnUser).addPropertyOverride('LoginProfile.PasswordResetRequired', true);
    },
    path: 'User',
    expect: 'configured',
  },
  {
    name: 'the reset flag is a parameter',
    build: (stack) =>
      new iam.CfnUser(stack, 'Raw', {
        loginProfile: {
          password: SecretValue.secretsManager('initial-password').unsafeUnwrap(),
          passwordResetRequired: new CfnParameter(stack, 'Reset').valueAsString as unknown as boolean,
        },
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
