import { CfnParameter } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { dutyCases } from '../../harness';

dutyCases('iam-managed-policy-no-kms-decrypt-all-keys', [
  {
    name: 'the L2 managed policy allows kms:Decrypt on one key of the stack',
    build: (stack) => {
      const key = new kms.Key(stack, 'Key');
      new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: [key.keyArn] })],
      });
    },
    path: 'Policy',
    expect: 'configured',
  },
  {
    name: 'the policy allows kms:Decrypt on "*"',
    build: (stack) =>
      new iam.ManagedPolicy(stack, 'Policy', { statements: [new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['*'] })] }),
    path: 'Policy',
    expect: 'unconfigured',
  },
  {
    name: 'the policy allows "kms:*" on every key ARN of every account',
    build: (stack) =>
      new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ actions: ['kms:*'], resources: ['arn:aws:kms:*:*:key/*'] })],
      }),
    path: 'Policy',
    expect: 'unconfigured',
  },
  {
    name: 'the policy allows "kms:ReEncrypt*" on the keys of one account',
    build: (stack) =>
      new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ actions: ['kms:ReEncrypt*'], resources: ['arn:aws:kms:*:111111111111:key/*'] })],
      }),
    path: 'Policy',
    expect: 'configured',
  },
  {
    name: 'the policy allows only kms:Encrypt on "*"',
    build: (stack) =>
      new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ actions: ['kms:Encrypt', 'kms:GenerateDataKey'], resources: ['*'] })],
      }),
    path: 'Policy',
    expect: 'configured',
  },
  {
    name: 'an escape-hatch override scopes kms:Decrypt to one key ARN',
    build: (stack) => {
      const policy = new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['*'] })],
      });
      (policy.node.defaultChild as iam.CfnManagedPolicy).addPropertyOverride(
        'PolicyDocument.Statement.0.Resource',
        'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      );
    },
    path: 'Policy',
    expect: 'configured',
  },
  {
    name: 'the key ARN of the kms:Decrypt statement is a parameter',
    build: (stack) => {
      const keyArn = new CfnParameter(stack, 'KeyArn');
      new iam.ManagedPolicy(stack, 'Policy', {
        statements: [new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: [keyArn.valueAsString] })],
      });
    },
    path: 'Policy',
    expect: 'unknown',
  },
]);
