import { Fn, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';

const lambdaRole = (stack: Stack) => new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

dutyCases('iam-inline-policy-no-kms-decrypt-all-keys', [
  {
    name: 'the L2 grantRead of a KMS-encrypted bucket names its key',
    build: (stack) => new s3.Bucket(stack, 'Bucket', { encryptionKey: new kms.Key(stack, 'Key') }).grantRead(lambdaRole(stack)),
    path: 'Role/DefaultPolicy',
    expect: 'configured',
  },
  {
    name: 'addToPolicy allows kms:Decrypt on "*"',
    build: (stack) => lambdaRole(stack).addToPolicy(new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['*'] })),
    path: 'Role/DefaultPolicy',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 group policy allows "kms:*" on "*"',
    build: (stack) => {
      const group = new iam.CfnGroup(stack, 'Group');
      new iam.CfnGroupPolicy(stack, 'Raw', {
        groupName: group.ref,
        policyName: 'kms',
        policyDocument: { Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }] },
      });
    },
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override scopes kms:Decrypt to a key of the stack',
    build: (stack) => {
      const key = new kms.Key(stack, 'Key');
      const role = lambdaRole(stack);
      role.addToPolicy(new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: ['*'] }));
      (role.node.findChild('DefaultPolicy').node.defaultChild as iam.CfnPolicy).addPropertyOverride(
        'PolicyDocument.Statement.0.Resource',
        key.keyArn,
      );
    },
    path: 'Role/DefaultPolicy',
    expect: 'configured',
  },
  {
    name: 'the key of the kms:Decrypt statement is imported',
    build: (stack) =>
      lambdaRole(stack).addToPolicy(new iam.PolicyStatement({ actions: ['kms:Decrypt'], resources: [Fn.importValue('SharedKeyArn')] })),
    path: 'Role/DefaultPolicy',
    expect: 'unknown',
  },
]);
