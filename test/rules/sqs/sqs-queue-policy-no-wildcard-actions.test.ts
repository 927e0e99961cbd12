import { CfnParameter } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { dutyCases } from '../../harness';

const grantAll = (queue: sqs.Queue, principal: iam.IPrincipal, actions = ['sqs:*']) =>
  queue.addToResourcePolicy(new iam.PolicyStatement({ actions, resources: [queue.queueArn], principals: [principal] }));

dutyCases('sqs-queue-policy-no-wildcard-actions', [
  {
    name: "CDK's grants and subscriptions name their actions (grantSendMessages to another account, an SNS subscription, enforceSSL)",
    build: (stack) => {
      const queue = new sqs.Queue(stack, 'Queue', { enforceSSL: true });
      queue.grantSendMessages(new iam.AccountPrincipal('222222222222'));
      new sns.Topic(stack, 'Topic').addSubscription(new subscriptions.SqsSubscription(queue));
    },
    path: 'Queue',
    expect: 'configured',
  },
  {
    name: 'the queue policy grants sqs:* to the owning account as a whole (its IAM policies decide)',
    build: (stack) => grantAll(new sqs.Queue(stack, 'Queue'), new iam.AccountRootPrincipal()),
    path: 'Queue',
    expect: 'configured',
  },
  {
    name: 'the queue policy grants sqs:* to another account',
    build: (stack) => grantAll(new sqs.Queue(stack, 'Queue'), new iam.AccountPrincipal('222222222222')),
    path: 'Queue',
    expect: 'unconfigured',
  },
  {
    name: 'the queue policy grants "*" to a role of the stack',
    build: (stack) =>
      grantAll(
        new sqs.Queue(stack, 'Queue'),
        new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }),
        ['*'],
      ),
    path: 'Queue',
    expect: 'unconfigured',
  },
  {
    name: 'the queue policy allows every action but sqs:DeleteQueue (NotAction) to another account',
    build: (stack) => {
      const queue = new sqs.Queue(stack, 'Queue');
      queue.addToResourcePolicy(
        new iam.PolicyStatement({
          notActions: ['sqs:DeleteQueue'],
          resources: [queue.queueArn],
          principals: [new iam.AccountPrincipal('222222222222')],
        }),
      );
    },
    path: 'Queue',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override narrows the L1 queue policy to sqs:SendMessage',
    build: (stack) => {
      const queue = new sqs.Queue(stack, 'Queue');
      grantAll(queue, new iam.AccountPrincipal('222222222222'));
      (queue.node.findChild('Policy').node.defaultChild as sqs.CfnQueuePolicy).addPropertyOverride(
        'PolicyDocument.Statement.0.Action',
        'sqs:SendMessage',
      );
    },
    path: 'Queue',
    expect: 'configured',
  },
  {
    name: 'the principal granted sqs:* is a parameter',
    build: (stack) => grantAll(new sqs.Queue(stack, 'Queue'), new iam.ArnPrincipal(new CfnParameter(stack, 'Consumer').valueAsString)),
    path: 'Queue',
    expect: 'unknown',
  },
]);
