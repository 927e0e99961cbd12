import { CfnParameter } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { dutyCases } from '../../harness';

dutyCases('iam-policy-no-allow-notaction', [
  {
    name: 'the L2 managed policy lists its actions',
    build: (stack) =>
      new iam.ManagedPolicy(stack, 'Policy', { statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'] })] }),
    path: 'Policy',
    expect: 'configured',
  },
  {
    name: 'the managed policy allows every action except IAM on "*"',
    build: (stack) =>
      new iam.ManagedPolicy(stack, 'Policy', { statements: [new iam.PolicyStatement({ notActions: ['iam:*'], resources: ['*'] })] }),
    path: 'Policy',
    expect: 'unconfigured',
  },
  {
    name: 'NotAction is used in a Deny statement',
    build: (stack) =>
      new iam.ManagedPolicy(stack, 'Policy', {
        statements: [
          new iam.PolicyStatement({
            effect: iam.Effect.DENY,
            notActions: ['iam:*'],
            resources: ['*'],
            conditions: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
          }),
          new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: ['*'] }),
        ],
      }),
    path: 'Policy',
    expect: 'configured',
  },
  {
    name: 'an escape-hatch override replaces NotAction with an Action list',
    build: (stack) => {
      const policy = new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ notActions: ['iam:*'], resources: ['*'] })],
      });
      const cfn = policy.node.defaultChild as iam.CfnManagedPolicy;
      cfn.addPropertyDeletionOverride('PolicyDocument.Statement.0.NotAction');
      cfn.addPropertyOverride('PolicyDocument.Statement.0.Action', ['s3:GetObject']);
    },
    path: 'Policy',
    expect: 'configured',
  },
  {
    name: 'the resource of the NotAction statement is a parameter',
    build: (stack) => {
      const resource = new CfnParameter(stack, 'Resource');
      new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ notActions: ['iam:*'], resources: [resource.valueAsString] })],
      });
    },
    path: 'Policy',
    expect: 'unknown',
  },
]);
