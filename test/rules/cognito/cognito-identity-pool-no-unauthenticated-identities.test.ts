import { CfnParameter } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { IdentityPool } from 'aws-cdk-lib/aws-cognito-identitypool';
import { dutyCases } from '../../harness';

dutyCases('cognito-identity-pool-no-unauthenticated-identities', [
  {
    name: 'the L2 identity pool keeps its defaults',
    build: (stack) => new IdentityPool(stack, 'Pool'),
    path: 'Pool',
    expect: 'configured',
  },
  {
    name: 'the L2 identity pool allows guests',
    build: (stack) => new IdentityPool(stack, 'Pool', { allowUnauthenticatedIdentities: true }),
    path: 'Pool',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 identity pool with a user pool provider and no guests',
    build: (stack) => {
      const userPool = new cognito.UserPool(stack, 'Users');
      const client = userPool.addClient('Client');
      new cognito.CfnIdentityPool(stack, 'Raw', {
        allowUnauthenticatedIdentities: false,
        cognitoIdentityProviders: [{ clientId: client.userPoolClientId, providerName: userPool.userPoolProviderName }],
      });
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'an escape-hatch override turns guest access off',
    build: (stack) =>
      (
        new IdentityPool(stack, 'Pool', { allowUnauthenticatedIdentities: true }).node.defaultChild as cognito.CfnIdentityPool
      ).addPropertyOverride('AllowUnauthenticatedIdentities', false),
    path: 'Pool',
    expect: 'configured',
  },
  {
    name: 'guest access is a parameter',
    build: (stack) =>
      new cognito.CfnIdentityPool(stack, 'Raw', {
        allowUnauthenticatedIdentities: new CfnParameter(stack, 'Guests').valueAsString as unknown as boolean,
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
