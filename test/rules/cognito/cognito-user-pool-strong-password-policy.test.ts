import { CfnParameter } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { dutyCases } from '../../harness';

dutyCases('cognito-user-pool-strong-password-policy', [
  {
    name: 'the L2 pool keeps the default password policy',
    build: (stack) => new cognito.UserPool(stack, 'Pool'),
    path: 'Pool',
    expect: 'configured',
  },
  {
    name: 'the L2 pool sets a 12-character policy with every class',
    build: (stack) =>
      new cognito.UserPool(stack, 'Pool', {
        passwordPolicy: { minLength: 12, requireLowercase: true, requireUppercase: true, requireDigits: true, requireSymbols: true },
      }),
    path: 'Pool',
    expect: 'configured',
  },
  {
    name: 'the L2 pool lowers the minimum length to 6',
    build: (stack) => new cognito.UserPool(stack, 'Pool', { passwordPolicy: { minLength: 6 } }),
    path: 'Pool',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 pool stops requiring symbols',
    build: (stack) => new cognito.UserPool(stack, 'Pool', { passwordPolicy: { minLength: 10, requireSymbols: false } }),
    path: 'Pool',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override raises the minimum length back to 8',
    build: (stack) =>
      (
        new cognito.UserPool(stack, 'Pool', { passwordPolicy: { minLength: 6 } }).node.defaultChild as cognito.CfnUserPool
      ).addPropertyOverride('Policies.PasswordPolicy.MinimumLength', 8),
    path: 'Pool',
    expect: 'configured',
  },
  {
    name: 'the minimum length is a parameter',
    build: (stack) =>
      new cognito.CfnUserPool(stack, 'Raw', {
        policies: { passwordPolicy: { minimumLength: new CfnParameter(stack, 'MinLength', { type: 'Number' }).valueAsNumber } },
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
