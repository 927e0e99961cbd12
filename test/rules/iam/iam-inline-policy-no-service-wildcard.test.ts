import { CfnParameter, Stack } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { dutyCases } from '../../harness';

const lambdaRole = (stack: Stack) => new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

dutyCases('iam-inline-policy-no-service-wildcard', [
  {
    name: "the role's default policy holds an L2 queue grant",
    build: (stack) => new sqs.Queue(stack, 'Queue').grantSendMessages(lambdaRole(stack)),
    path: 'Role/DefaultPolicy',
    expect: 'configured',
  },
  {
    name: 'the L2 table grants full access ("dynamodb:*")',
    build: (stack) =>
      new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } }).grantFullAccess(
        lambdaRole(stack),
      ),
    path: 'Role/DefaultPolicy',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 role embeds "ec2:*" in inlinePolicies',
    build: (stack) =>
      new iam.Role(stack, 'Role', {
        assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
        inlinePolicies: {
          Ec2: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['ec2:*'], resources: ['*'] })] }),
        },
      }),
    path: 'Role',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override replaces "sqs:*" with sqs:SendMessage',
    build: (stack) => {
      const role = lambdaRole(stack);
      role.addToPolicy(new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'] }));
      (role.node.findChild('DefaultPolicy').node.defaultChild as iam.CfnPolicy).addPropertyOverride(
        'PolicyDocument.Statement.0.Action',
        'sqs:SendMessage',
      );
    },
    path: 'Role/DefaultPolicy',
    expect: 'configured',
  },
  {
    name: 'the action is a parameter',
    build: (stack) => {
      const action = new CfnParameter(stack, 'Action');
      lambdaRole(stack).addToPolicy(new iam.PolicyStatement({ actions: [action.valueAsString], resources: ['*'] }));
    },
    path: 'Role/DefaultPolicy',
    expect: 'unknown',
  },
]);
