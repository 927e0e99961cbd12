import { CfnParameter } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { dutyCases } from '../../harness';

const role = (stack: kms.Key['stack']) => new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

dutyCases('kms-key-policy-no-wildcard-actions', [
  {
    name: "the L2 key's default policy grants kms:* to the account root only, and grants name their actions",
    build: (stack) => {
      const key = new kms.Key(stack, 'Key', { enableKeyRotation: true });
      key.grantEncryptDecrypt(new iam.AccountPrincipal('222222222222'));
      key.grantAdmin(role(stack));
    },
    path: 'Key',
    expect: 'configured',
  },
  {
    name: 'the key policy grants kms:* to a role',
    build: (stack) =>
      new kms.Key(stack, 'Key').addToResourcePolicy(
        new iam.PolicyStatement({ actions: ['kms:*'], resources: ['*'], principals: [role(stack)] }),
      ),
    path: 'Key',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override narrows the role grant to kms:Decrypt',
    build: (stack) => {
      const key = new kms.Key(stack, 'Key');
      key.addToResourcePolicy(
        new iam.PolicyStatement({ actions: ['kms:*'], resources: ['*'], principals: [new iam.AccountPrincipal('222222222222')] }),
      );
      (key.node.defaultChild as kms.CfnKey).addPropertyOverride('KeyPolicy.Statement.1.Action', 'kms:Decrypt');
    },
    path: 'Key',
    expect: 'configured',
  },
  {
    name: 'the principal granted kms:* is a parameter',
    build: (stack) =>
      new kms.Key(stack, 'Key').addToResourcePolicy(
        new iam.PolicyStatement({
          actions: ['kms:*'],
          resources: ['*'],
          principals: [new iam.ArnPrincipal(new CfnParameter(stack, 'Admin').valueAsString)],
        }),
      ),
    path: 'Key',
    expect: 'unknown',
  },
]);
