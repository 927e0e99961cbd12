import { CfnParameter, Fn } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { conditionOn, dutyCases } from '../../harness';

dutyCases('iam-managed-policy-no-full-admin', [
  {
    name: 'the L2 managed policy allows named actions on a bucket',
    build: (stack) => {
      const bucket = new s3.Bucket(stack, 'Bucket');
      new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')] })],
      });
    },
    path: 'Policy',
    expect: 'configured',
  },
  {
    name: 'the L2 managed policy allows "*" on "*"',
    build: (stack) =>
      new iam.ManagedPolicy(stack, 'Policy', { statements: [new iam.PolicyStatement({ actions: ['*'], resources: ['*'] })] }),
    path: 'Policy',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 managed policy lists "*" among other actions on "*"',
    build: (stack) =>
      new iam.CfnManagedPolicy(stack, 'Raw', {
        policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', '*'], Resource: ['*'] }] },
      }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'the policy allows "*" on every resource except one (NotResource)',
    build: (stack) =>
      new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ actions: ['*'], notResources: ['arn:aws:s3:::audit-logs/*'] })],
      }),
    path: 'Policy',
    expect: 'unconfigured',
  },
  {
    name: 'the "*" on "*" statement is a Deny',
    build: (stack) =>
      new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ effect: iam.Effect.DENY, actions: ['*'], resources: ['*'] })],
      }),
    path: 'Policy',
    expect: 'configured',
  },
  {
    name: 'an escape-hatch override scopes the admin statement to one bucket',
    build: (stack) => {
      const policy = new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ actions: ['*'], resources: ['*'] })],
      });
      (policy.node.defaultChild as iam.CfnManagedPolicy).addPropertyOverride(
        'PolicyDocument.Statement.0.Resource',
        'arn:aws:s3:::my-bucket/*',
      );
    },
    path: 'Policy',
    expect: 'configured',
  },
  {
    name: 'the "*" on "*" policy is used only as a permissions boundary',
    build: (stack) => {
      const boundary = new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ actions: ['*'], resources: ['*'] })],
      });
      new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), permissionsBoundary: boundary });
    },
    path: 'Policy',
    expect: 'not-applicable',
  },
  {
    name: 'the "*" on "*" policy is a permissions boundary and is also attached to a role',
    build: (stack) => {
      const policy = new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ actions: ['*'], resources: ['*'] })],
      });
      new iam.Role(stack, 'Role', {
        assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
        permissionsBoundary: policy,
        managedPolicies: [policy],
      });
    },
    path: 'Policy',
    expect: 'unconfigured',
  },
  {
    name: 'the resource of the "*" action is a parameter',
    build: (stack) => {
      const resource = new CfnParameter(stack, 'PolicyResource');
      new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ actions: ['*'], resources: [resource.valueAsString] })],
      });
    },
    path: 'Policy',
    expect: 'unknown',
  },

  {
    name: 'the "*" on "*" permissions boundary may also be attached to a role, by an Fn::If',
    build: (stack) => {
      const policy = new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ actions: ['*'], resources: ['*'] })],
      });
      const role = new iam.Role(stack, 'Role', {
        assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
        permissionsBoundary: policy,
      });
      (role.node.defaultChild as iam.CfnRole).addPropertyOverride('ManagedPolicyArns', [
        Fn.conditionIf(conditionOn(stack), policy.managedPolicyArn, Fn.ref('AWS::NoValue')),
      ]);
    },
    path: 'Policy',
    expect: 'unknown',
  },
]);
