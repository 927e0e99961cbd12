import { CfnParameter } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { dutyCases } from '../../harness';

const grantAll = (secret: secretsmanager.Secret, principal: iam.IPrincipal, actions = ['secretsmanager:*']) =>
  secret.addToResourcePolicy(new iam.PolicyStatement({ actions, resources: ['*'], principals: [principal] }));

dutyCases('secretsmanager-secret-policy-no-wildcard-actions', [
  {
    name: 'grantRead to another account names the read actions',
    build: (stack) =>
      new secretsmanager.Secret(stack, 'Secret', { encryptionKey: new kms.Key(stack, 'Key', { enableKeyRotation: true }) }).grantRead(
        new iam.AccountPrincipal('222222222222'),
      ),
    path: 'Secret',
    expect: 'configured',
  },
  {
    name: 'the resource policy grants secretsmanager:* to another account',
    build: (stack) => grantAll(new secretsmanager.Secret(stack, 'Secret'), new iam.AccountPrincipal('222222222222')),
    path: 'Secret',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override narrows the resource policy to GetSecretValue',
    build: (stack) => {
      const secret = new secretsmanager.Secret(stack, 'Secret');
      grantAll(secret, new iam.AccountPrincipal('222222222222'));
      (secret.node.findChild('Policy').node.defaultChild as secretsmanager.CfnResourcePolicy).addPropertyOverride(
        'ResourcePolicy.Statement.0.Action',
        'secretsmanager:GetSecretValue',
      );
    },
    path: 'Secret',
    expect: 'configured',
  },
  {
    name: 'the principal granted secretsmanager:* is a parameter',
    build: (stack) =>
      grantAll(new secretsmanager.Secret(stack, 'Secret'), new iam.ArnPrincipal(new CfnParameter(stack, 'Reader').valueAsString)),
    path: 'Secret',
    expect: 'unknown',
  },
]);
