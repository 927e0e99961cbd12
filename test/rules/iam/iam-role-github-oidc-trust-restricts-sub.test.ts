import { CfnParameter, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { dutyCases } from '../../harness';

const github = (stack: Stack) =>
  new iam.OidcProviderNative(stack, 'GitHub', {
    url: 'https://token.actions.githubusercontent.com',
    clientIds: ['sts.amazonaws.com'],
    thumbprints: ['6938fd4d98bab03faadb97b34396831e3780aea1'],
  });
const AUD = { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' };

dutyCases('iam-role-github-oidc-trust-restricts-sub', [
  {
    name: 'the L2 role is assumed by the Lambda service',
    build: (stack) => new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }),
    path: 'Role',
    expect: 'not-applicable',
  },
  {
    name: 'the role trusts GitHub OIDC for one repository',
    build: (stack) =>
      new iam.Role(stack, 'Role', {
        assumedBy: new iam.OpenIdConnectPrincipal(github(stack), {
          StringEquals: AUD,
          StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:my-org/my-repo:*' },
        }),
      }),
    path: 'Role',
    expect: 'configured',
  },
  {
    name: 'the role trusts GitHub OIDC with only an audience condition',
    build: (stack) => new iam.Role(stack, 'Role', { assumedBy: new iam.OpenIdConnectPrincipal(github(stack), { StringEquals: AUD }) }),
    path: 'Role',
    expect: 'unconfigured',
  },
  {
    name: 'the role trusts the CDK custom-resource provider of GitHub with a subject condition',
    build: (stack) => {
      const provider = new iam.OpenIdConnectProvider(stack, 'GitHub', {
        url: 'https://token.actions.githubusercontent.com',
        clientIds: ['sts.amazonaws.com'],
      });
      new iam.Role(stack, 'Role', {
        assumedBy: new iam.OpenIdConnectPrincipal(provider, { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:my-org/*' } }),
      });
    },
    path: 'Role',
    expect: 'configured',
  },
  {
    name: 'the role trusts an EKS OIDC provider, not GitHub',
    build: (stack) => {
      const provider = new iam.OidcProviderNative(stack, 'Eks', {
        url: 'https://oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE',
        clientIds: ['sts.amazonaws.com'],
        thumbprints: ['9e99a48a9960b14926bb7f3b02e22da2b0ab7280'],
      });
      new iam.Role(stack, 'Role', { assumedBy: new iam.OpenIdConnectPrincipal(provider) });
    },
    path: 'Role',
    expect: 'not-applicable',
  },
  {
    name: 'an L1 role trusts the GitHub provider by literal ARN without conditions',
    build: (stack) =>
      new iam.CfnRole(stack, 'Raw', {
        assumeRolePolicyDocument: {
          Statement: [
            {
              Effect: 'Allow',
              Action: 'sts:AssumeRoleWithWebIdentity',
              Principal: { Federated: 'arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com' },
            },
          ],
        },
      }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override adds the subject condition',
    build: (stack) => {
      const role = new iam.Role(stack, 'Role', { assumedBy: new iam.OpenIdConnectPrincipal(github(stack), { StringEquals: AUD }) });
      (role.node.defaultChild as iam.CfnRole).addPropertyOverride('AssumeRolePolicyDocument.Statement.0.Condition.StringLike', {
        'token.actions.githubusercontent.com:sub': 'repo:my-org/my-repo:environment:prod',
      });
    },
    path: 'Role',
    expect: 'configured',
  },
  {
    name: 'the federated provider ARN is a parameter',
    build: (stack) =>
      new iam.Role(stack, 'Role', { assumedBy: new iam.WebIdentityPrincipal(new CfnParameter(stack, 'ProviderArn').valueAsString) }),
    path: 'Role',
    expect: 'unknown',
  },
]);
