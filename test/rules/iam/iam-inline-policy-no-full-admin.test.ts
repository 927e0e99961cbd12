import { CfnParameter, Fn } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';

const lambdaRole = (stack: import('aws-cdk-lib').Stack) =>
  new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

dutyCases('iam-inline-policy-no-full-admin', [
  {
    name: "the role's default policy holds a bucket grant",
    build: (stack) => new s3.Bucket(stack, 'Bucket').grantRead(lambdaRole(stack)),
    path: 'Role/DefaultPolicy',
    expect: 'configured',
  },
  {
    name: 'the L2 role has no inline Policies',
    build: (stack) => lambdaRole(stack),
    path: 'Role',
    expect: 'not-applicable',
  },
  {
    name: 'addToPolicy gives the role "*" on "*"',
    build: (stack) => lambdaRole(stack).addToPolicy(new iam.PolicyStatement({ actions: ['*'], resources: ['*'] })),
    path: 'Role/DefaultPolicy',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 role embeds an inlinePolicies document with "*" on "*"',
    build: (stack) =>
      new iam.Role(stack, 'Role', {
        assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
        inlinePolicies: { Admin: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['*'], resources: ['*'] })] }) },
      }),
    path: 'Role',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 user policy allows "*" on "*"',
    build: (stack) => {
      const user = new iam.CfnUser(stack, 'User');
      new iam.CfnUserPolicy(stack, 'Raw', {
        userName: user.ref,
        policyName: 'admin',
        policyDocument: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
      });
    },
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override narrows the action of the default policy',
    build: (stack) => {
      const role = lambdaRole(stack);
      role.addToPolicy(new iam.PolicyStatement({ actions: ['*'], resources: ['*'] }));
      (role.node.findChild('DefaultPolicy').node.defaultChild as iam.CfnPolicy).addPropertyOverride(
        'PolicyDocument.Statement.0.Action',
        'sqs:SendMessage',
      );
    },
    path: 'Role/DefaultPolicy',
    expect: 'configured',
  },
  {
    name: 'the resource of the "*" action is an import',
    build: (stack) =>
      lambdaRole(stack).addToPolicy(new iam.PolicyStatement({ actions: ['*'], resources: [Fn.importValue('SharedResource')] })),
    path: 'Role/DefaultPolicy',
    expect: 'unknown',
  },
  {
    name: 'the action on "*" is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Admin');
      const role = lambdaRole(stack);
      role.addToPolicy(new iam.PolicyStatement({ actions: [p.valueAsString], resources: ['*'] }));
    },
    path: 'Role/DefaultPolicy',
    expect: 'unknown',
  },
]);
