import { CfnParameter } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { dutyCases } from '../../harness';

dutyCases('iam-managed-policy-no-service-wildcard', [
  {
    name: 'the L2 managed policy lists actions and a prefix wildcard',
    build: (stack) =>
      new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ actions: ['ec2:Describe*', 's3:GetObject'], resources: ['*'] })],
      }),
    path: 'Policy',
    expect: 'configured',
  },
  {
    name: 'the L2 managed policy allows "s3:*"',
    build: (stack) =>
      new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ actions: ['s3:*'], resources: ['arn:aws:s3:::my-bucket'] })],
      }),
    path: 'Policy',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 managed policy denies "iam:*" and allows named actions',
    build: (stack) =>
      new iam.CfnManagedPolicy(stack, 'Raw', {
        policyDocument: {
          Statement: [
            { Effect: 'Deny', Action: 'iam:*', Resource: '*' },
            { Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: '*' },
          ],
        },
      }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'an escape-hatch override replaces "dynamodb:*" with named actions',
    build: (stack) => {
      const policy = new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ actions: ['dynamodb:*'], resources: ['*'] })],
      });
      (policy.node.defaultChild as iam.CfnManagedPolicy).addPropertyOverride('PolicyDocument.Statement.0.Action', [
        'dynamodb:GetItem',
        'dynamodb:Query',
      ]);
    },
    path: 'Policy',
    expect: 'configured',
  },
  {
    name: 'the action is a parameter',
    build: (stack) => {
      const action = new CfnParameter(stack, 'Action');
      new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ actions: [action.valueAsString], resources: ['*'] })],
      });
    },
    path: 'Policy',
    expect: 'unknown',
  },
]);
