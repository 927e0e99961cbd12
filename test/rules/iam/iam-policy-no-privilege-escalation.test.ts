import { CfnParameter, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { dutyCases } from '../../harness';

const lambdaRole = (stack: Stack, id = 'Role') => new iam.Role(stack, id, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const managed = (stack: Stack, actions: string[], resources: string[]) =>
  new iam.ManagedPolicy(stack, 'Policy', { statements: [new iam.PolicyStatement({ actions, resources })] });

dutyCases('iam-policy-no-privilege-escalation', [
  {
    name: "CDK's own grants (bucket.grantReadWrite, role.grantAssumeRole) name their resources",
    build: (stack) => {
      const role = lambdaRole(stack);
      new s3.Bucket(stack, 'Bucket').grantReadWrite(role);
      lambdaRole(stack, 'Target').grantAssumeRole(role);
    },
    path: 'Role/DefaultPolicy',
    expect: 'configured',
  },
  {
    name: 'the managed policy allows iam:CreatePolicyVersion on "*"',
    build: (stack) => managed(stack, ['iam:CreatePolicyVersion'], ['*']),
    path: 'Policy',
    expect: 'unconfigured',
  },
  {
    name: 'the inline policy allows iam:Attach*Policy on "*"',
    build: (stack) => lambdaRole(stack).addToPolicy(new iam.PolicyStatement({ actions: ['iam:Attach*Policy'], resources: ['*'] })),
    path: 'Role/DefaultPolicy',
    expect: 'unconfigured',
  },
  {
    name: 'the inline policy allows sts:AssumeRole on "*"',
    build: (stack) => lambdaRole(stack).addToPolicy(new iam.PolicyStatement({ actions: ['sts:AssumeRole'], resources: ['*'] })),
    path: 'Role/DefaultPolicy',
    expect: 'unconfigured',
  },
  {
    name: 'the managed policy allows iam:CreateAccessKey on every ARN (arn:*:*:*:*:*)',
    build: (stack) => managed(stack, ['iam:CreateAccessKey'], ['arn:*:*:*:*:*']),
    path: 'Policy',
    expect: 'unconfigured',
  },
  {
    name: 'iam:CreateLoginProfile is scoped to one user ARN',
    build: (stack) => managed(stack, ['iam:CreateLoginProfile', 'iam:UpdateLoginProfile'], ['arn:aws:iam::111111111111:user/alice']),
    path: 'Policy',
    expect: 'configured',
  },
  {
    name: 'an escape-hatch override widens iam:PutRolePolicy to "*"',
    build: (stack) => {
      const policy = managed(stack, ['iam:PutRolePolicy'], ['arn:aws:iam::111111111111:role/app']);
      (policy.node.defaultChild as iam.CfnManagedPolicy).addPropertyOverride('PolicyDocument.Statement.0.Resource', '*');
    },
    path: 'Policy',
    expect: 'unconfigured',
  },
  {
    name: 'the resource of iam:UpdateAssumeRolePolicy is a parameter',
    build: (stack) => managed(stack, ['iam:UpdateAssumeRolePolicy'], [new CfnParameter(stack, 'Target').valueAsString]),
    path: 'Policy',
    expect: 'unknown',
  },
]);
