import { CfnParameter } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { dutyCases } from '../../harness';

const override = (statement: Record<string, unknown>) => (stack: import('aws-cdk-lib').Stack) => {
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  (role.node.defaultChild as iam.CfnRole).addPropertyOverride('AssumeRolePolicyDocument.Statement', [statement]);
};

dutyCases('iam-role-trust-no-wildcard-action', [
  {
    name: 'the L2 role is assumed by a service (sts:AssumeRole)',
    build: (stack) => new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }),
    path: 'Role',
    expect: 'configured',
  },
  {
    name: 'the L2 role is assumed by a web identity (sts:AssumeRoleWithWebIdentity)',
    build: (stack) =>
      new iam.Role(stack, 'Role', { assumedBy: new iam.WebIdentityPrincipal('cognito-identity.amazonaws.com', { StringEquals: {} }) }),
    path: 'Role',
    expect: 'configured',
  },
  {
    name: 'an override allows Action "*" in the trust policy',
    build: override({ Effect: 'Allow', Action: '*', Principal: { AWS: 'arn:aws:iam::222222222222:root' } }),
    path: 'Role',
    expect: 'unconfigured',
  },
  {
    name: 'an override allows NotAction in the trust policy',
    build: override({ Effect: 'Allow', NotAction: 'sts:TagSession', Principal: { Service: 'ec2.amazonaws.com' } }),
    path: 'Role',
    expect: 'unconfigured',
  },
  {
    name: 'the trust action is a parameter',
    build: (stack) =>
      override({ Effect: 'Allow', Action: new CfnParameter(stack, 'Act').valueAsString, Principal: { Service: 'ec2.amazonaws.com' } })(
        stack,
      ),
    path: 'Role',
    expect: 'unknown',
  },
]);
