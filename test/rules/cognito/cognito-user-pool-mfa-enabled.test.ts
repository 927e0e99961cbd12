import { CfnParameter } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { dutyCases } from '../../harness';

dutyCases('cognito-user-pool-mfa-enabled', [
  {
    name: 'the L2 pool requires TOTP MFA',
    build: (stack) => new cognito.UserPool(stack, 'Pool', { mfa: cognito.Mfa.REQUIRED, mfaSecondFactor: { sms: false, otp: true } }),
    path: 'Pool',
    expect: 'configured',
  },
  {
    name: 'the L2 pool makes MFA optional',
    build: (stack) => new cognito.UserPool(stack, 'Pool', { mfa: cognito.Mfa.OPTIONAL, mfaSecondFactor: { sms: false, otp: true } }),
    path: 'Pool',
    expect: 'configured',
  },
  {
    name: 'the L2 pool keeps its defaults (MFA off)',
    build: (stack) => new cognito.UserPool(stack, 'Pool'),
    path: 'Pool',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 pool turns MFA off explicitly',
    build: (stack) => new cognito.UserPool(stack, 'Pool', { mfa: cognito.Mfa.OFF }),
    path: 'Pool',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override turns MFA on',
    build: (stack) => {
      const cfn = new cognito.UserPool(stack, 'Pool').node.defaultChild as cognito.CfnUserPool;
      cfn.addPropertyOverride('MfaConfiguration', 'ON');
      cfn.addPropertyOverride('EnabledMfas', ['SOFTWARE_TOKEN_MFA']);
    },
    path: 'Pool',
    expect: 'configured',
  },
  {
    name: 'the MFA setting is a parameter',
    build: (stack) => new cognito.CfnUserPool(stack, 'Raw', { mfaConfiguration: new CfnParameter(stack, 'Mfa').valueAsString }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
