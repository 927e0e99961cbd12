import { CfnParameter, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { dutyCases } from '../../harness';

const lambdaRole = (stack: Stack, id = 'Role') => new iam.Role(stack, id, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

dutyCases('iam-policy-no-passrole-all-roles', [
  {
    name: 'grantPassRole lets a role pass one role of the stack',
    build: (stack) => lambdaRole(stack, 'Passed').grantPassRole(lambdaRole(stack)),
    path: 'Role/DefaultPolicy',
    expect: 'configured',
  },
  {
    name: 'the managed policy allows iam:PassRole on "*"',
    build: (stack) =>
      new iam.ManagedPolicy(stack, 'Policy', { statements: [new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: ['*'] })] }),
    path: 'Policy',
    expect: 'unconfigured',
  },
  {
    name: 'the inline policy allows "iam:Pass*" on "*"',
    build: (stack) => lambdaRole(stack).addToPolicy(new iam.PolicyStatement({ actions: ['iam:Pass*'], resources: ['*'] })),
    path: 'Role/DefaultPolicy',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override scopes iam:PassRole to one role ARN',
    build: (stack) => {
      const policy = new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: ['*'] })],
      });
      (policy.node.defaultChild as iam.CfnManagedPolicy).addPropertyOverride(
        'PolicyDocument.Statement.0.Resource',
        'arn:aws:iam::111111111111:role/app-task',
      );
    },
    path: 'Policy',
    expect: 'configured',
  },
  {
    name: 'the role ARN of the iam:PassRole statement is a parameter',
    build: (stack) => {
      const arn = new CfnParameter(stack, 'RoleArn');
      new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: [arn.valueAsString] })],
      });
    },
    path: 'Policy',
    expect: 'unknown',
  },
]);
