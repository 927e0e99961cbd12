import { Aws, CfnCondition, CfnParameter, Fn } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { conditionOn, dutyCases } from '../../harness';

dutyCases('iam-user-no-direct-policies', [
  {
    name: 'the L2 user has no policies',
    build: (stack) => new iam.User(stack, 'User'),
    path: 'User',
    expect: 'configured',
  },
  {
    name: 'the L2 user gets its permissions from a group',
    build: (stack) => {
      const group = new iam.Group(stack, 'Readers', { managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')] });
      new s3.Bucket(stack, 'Bucket').grantRead(group);
      group.addUser(new iam.User(stack, 'User'));
    },
    path: 'User',
    expect: 'configured',
  },
  {
    name: 'the L2 user has an AWS managed policy attached',
    build: (stack) => new iam.User(stack, 'User', { managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')] }),
    path: 'User',
    expect: 'unconfigured',
  },
  {
    name: 'a grant on the L2 user writes its default policy',
    build: (stack) => new s3.Bucket(stack, 'Bucket').grantRead(new iam.User(stack, 'User')),
    path: 'User',
    expect: 'unconfigured',
  },
  {
    name: 'a customer managed policy lists the user in Users',
    build: (stack) =>
      new iam.ManagedPolicy(stack, 'Policy', {
        users: [new iam.User(stack, 'User')],
        statements: [new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: ['*'] })],
      }),
    path: 'User',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 user embeds an inline policy',
    build: (stack) =>
      new iam.CfnUser(stack, 'Raw', {
        policies: [{ policyName: 'p', policyDocument: { Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }] } }],
      }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override removes the managed policies of the user',
    build: (stack) => {
      const user = new iam.User(stack, 'User', { managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess')] });
      (user.node.defaultChild as iam.CfnUser).addPropertyDeletionOverride('ManagedPolicyArns');
    },
    path: 'User',
    expect: 'configured',
  },
  {
    name: 'the managed policy list of the user depends on a condition',
    build: (stack) => {
      const attach = new CfnCondition(stack, 'Attach', {
        expression: Fn.conditionEquals(new CfnParameter(stack, 'Env').valueAsString, 'dev'),
      });
      new iam.CfnUser(stack, 'Raw', {
        managedPolicyArns: Fn.conditionIf(
          attach.logicalId,
          ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
          Aws.NO_VALUE,
        ) as unknown as string[],
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },

  {
    name: 'an L1 managed policy lists the user in Users only when a condition holds',
    build: (stack) => {
      const user = new iam.User(stack, 'User');
      new iam.CfnManagedPolicy(stack, 'Policy', {
        users: [Fn.conditionIf(conditionOn(stack), user.userName, Aws.NO_VALUE).toString()],
        policyDocument: { Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }] },
      });
    },
    path: 'User',
    expect: 'unknown',
  },
]);
