import { CfnParameter } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { dutyCases } from '../../harness';

dutyCases('cognito-user-pool-deletion-protection', [
  {
    name: 'the L2 pool sets deletionProtection',
    build: (stack) => new cognito.UserPool(stack, 'Pool', { deletionProtection: true }),
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
    name: 'the L2 pool turns deletion protection off',
    build: (stack) => new cognito.UserPool(stack, 'Pool', { deletionProtection: false }),
    path: 'Pool',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override activates deletion protection',
    build: (stack) =>
      (new cognito.UserPool(stack, 'Pool').node.defaultChild as cognito.CfnUserPool).addPropertyOverride('DeletionProtection', 'ACTIVE'),
    path: 'Pool',
    expect: 'configured',
  },
  {
    name: 'deletion protection is a parameter',
    build: (stack) => new cognito.CfnUserPool(stack, 'Raw', { deletionProtection: new CfnParameter(stack, 'Protect').valueAsString }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
