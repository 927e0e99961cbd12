import { App, CfnParameter, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { dutyCases, outcomeOf, synthApp } from '../../harness';

const DUTY = 'iam-role-trust-cross-account-external-id';

dutyCases(DUTY, [
  {
    name: 'the role trusts a service',
    build: (stack) => new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }),
    path: 'Role',
    expect: 'configured',
  },
  {
    name: "the role trusts the stack's own account (AccountRootPrincipal)",
    build: (stack) => new iam.Role(stack, 'Role', { assumedBy: new iam.AccountRootPrincipal() }),
    path: 'Role',
    expect: 'configured',
  },
  {
    name: 'the role trusts another account with an external id',
    build: (stack) => new iam.Role(stack, 'Role', { assumedBy: new iam.AccountPrincipal('222222222222'), externalIds: ['vendor-123'] }),
    path: 'Role',
    expect: 'configured',
  },
  {
    name: 'the role trusts another account confined to the organization',
    build: (stack) =>
      new iam.Role(stack, 'Role', {
        assumedBy: new iam.AccountPrincipal('222222222222').withConditions({ StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } }),
      }),
    path: 'Role',
    expect: 'configured',
  },
  {
    name: 'the role trusts another account with no external id',
    build: (stack) => new iam.Role(stack, 'Role', { assumedBy: new iam.AccountPrincipal('222222222222') }),
    path: 'Role',
    expect: 'unconfigured',
  },
  {
    name: 'the trusted account is a parameter',
    build: (stack) =>
      new iam.Role(stack, 'Role', { assumedBy: new iam.AccountPrincipal(new CfnParameter(stack, 'Trusted').valueAsString) }),
    path: 'Role',
    expect: 'unknown',
  },
]);

test('unknown when an environment-agnostic stack trusts a literal account (it may be its own)', () => {
  const app = new App();
  const stack = new Stack(app, 'Test');
  new iam.Role(stack, 'Role', { assumedBy: new iam.AccountPrincipal('222222222222') });
  expect(outcomeOf(synthApp(app).results, 'Role', DUTY)).toBe('unknown');
});
