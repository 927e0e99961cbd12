import { Fn } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { conditionOn, dutyCases } from '../../harness';

const readAll = (principal: iam.IPrincipal) =>
  new iam.PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], resources: ['*'], principals: [principal] });

dutyCases('secretsmanager-secret-policy-not-public', [
  {
    name: 'the L2 secret has no resource policy',
    build: (stack) => new secretsmanager.Secret(stack, 'Secret'),
    path: 'Secret',
    expect: 'configured',
  },
  {
    name: 'the L2 secret grants read to a role of the stack',
    build: (stack) =>
      new secretsmanager.Secret(stack, 'Secret').addToResourcePolicy(
        readAll(new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') })),
      ),
    path: 'Secret',
    expect: 'configured',
  },
  {
    // AWS documents the default both ways (CloudFormation reference: blocked; API reference: not blocked), so it is not relied on.
    name: 'the policy allows "*" and leaves BlockPublicPolicy unset',
    build: (stack) => new secretsmanager.Secret(stack, 'Secret').addToResourcePolicy(readAll(new iam.AnyPrincipal())),
    path: 'Secret',
    expect: 'unconfigured',
  },
  {
    name: 'the policy allows "*" and an escape hatch sets BlockPublicPolicy true, so Secrets Manager rejects it',
    build: (stack) => {
      const secret = new secretsmanager.Secret(stack, 'Secret');
      secret.addToResourcePolicy(readAll(new iam.AnyPrincipal()));
      (secret.node.findChild('Policy').node.defaultChild as secretsmanager.CfnResourcePolicy).addPropertyOverride(
        'BlockPublicPolicy',
        true,
      );
    },
    path: 'Secret',
    expect: 'configured',
  },
  {
    name: 'the policy allows "*" and an L1 resource policy sets BlockPublicPolicy false',
    build: (stack) => {
      const secret = new secretsmanager.CfnSecret(stack, 'Raw', { generateSecretString: {} });
      new secretsmanager.CfnResourcePolicy(stack, 'Policy', {
        secretId: secret.ref,
        blockPublicPolicy: false,
        resourcePolicy: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'secretsmanager:GetSecretValue', Resource: '*' }] },
      });
    },
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override turns BlockPublicPolicy off under an L2 "*" grant',
    build: (stack) => {
      const secret = new secretsmanager.Secret(stack, 'Secret');
      secret.addToResourcePolicy(readAll(new iam.AnyPrincipal()));
      (secret.node.findChild('Policy').node.defaultChild as secretsmanager.CfnResourcePolicy).addPropertyOverride(
        'BlockPublicPolicy',
        false,
      );
    },
    path: 'Secret',
    expect: 'unconfigured',
  },
  {
    name: 'the granted principal is imported',
    build: (stack) =>
      new secretsmanager.Secret(stack, 'Secret').addToResourcePolicy(readAll(new iam.ArnPrincipal(Fn.importValue('ConsumerRoleArn')))),
    path: 'Secret',
    expect: 'unknown',
  },

  {
    name: 'an L1 resource policy with BlockPublicPolicy false names the secret only in one branch of an Fn::If',
    build: (stack) => {
      const secret = new secretsmanager.CfnSecret(stack, 'Secret', { generateSecretString: {} });
      new secretsmanager.CfnResourcePolicy(stack, 'Policy', {
        secretId: Fn.conditionIf(conditionOn(stack), secret.ref, Fn.ref('AWS::NoValue')).toString(),
        blockPublicPolicy: false,
        resourcePolicy: {
          Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'secretsmanager:GetSecretValue', Resource: '*' }],
        },
      });
    },
    path: 'Secret',
    expect: 'unknown',
  },
  {
    name: 'an L2 resource policy on an imported secret allows "*" with BlockPublicPolicy false',
    build: (stack) => {
      const secret = secretsmanager.Secret.fromSecretNameV2(stack, 'Imported', 'shared/db');
      const policy = new secretsmanager.ResourcePolicy(stack, 'Policy', { secret });
      policy.document.addStatements(
        new iam.PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], resources: ['*'], principals: [new iam.AnyPrincipal()] }),
      );
      (policy.node.defaultChild as secretsmanager.CfnResourcePolicy).blockPublicPolicy = false;
    },
    path: 'Policy',
    expect: 'unconfigured',
  },
]);
