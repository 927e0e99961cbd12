import { CfnParameter } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { dutyCases } from '../../harness';

const DUTY = 'iam-principal-no-aws-managed-admin-policy';
const lambdaRole = (stack: import('aws-cdk-lib').Stack, policies: iam.IManagedPolicy[] = []) =>
  new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), managedPolicies: policies });

dutyCases(DUTY, [
  {
    name: 'the L2 role attaches AWSLambdaBasicExecutionRole',
    build: (stack) => lambdaRole(stack, [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')]),
    path: 'Role',
    expect: 'configured',
  },
  {
    name: 'the L2 role attaches a customer managed policy of the stack',
    build: (stack) =>
      lambdaRole(stack, [
        new iam.ManagedPolicy(stack, 'Own', { statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] })] }),
      ]),
    path: 'Role',
    expect: 'configured',
  },
  {
    name: 'the L2 role attaches AdministratorAccess',
    build: (stack) => lambdaRole(stack, [iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess')]),
    path: 'Role',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 user attaches PowerUserAccess',
    build: (stack) => new iam.User(stack, 'User', { managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('PowerUserAccess')] }),
    path: 'User',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 group attaches IAMFullAccess by a literal ARN',
    build: (stack) =>
      new iam.Group(stack, 'Group', {
        managedPolicies: [iam.ManagedPolicy.fromManagedPolicyArn(stack, 'Iam', 'arn:aws:iam::aws:policy/IAMFullAccess')],
      }),
    path: 'Group',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override attaches AdministratorAccess to an L1 role',
    build: (stack) => {
      const role = lambdaRole(stack);
      (role.node.defaultChild as iam.CfnRole).addPropertyOverride('ManagedPolicyArns', ['arn:aws:iam::aws:policy/AdministratorAccess']);
    },
    path: 'Role',
    expect: 'unconfigured',
  },
  {
    name: 'the attached policy ARN is a parameter',
    build: (stack) =>
      lambdaRole(stack, [iam.ManagedPolicy.fromManagedPolicyArn(stack, 'P', new CfnParameter(stack, 'PolicyArn').valueAsString)]),
    path: 'Role',
    expect: 'unknown',
  },
]);
