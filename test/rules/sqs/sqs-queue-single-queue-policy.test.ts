import { Fn, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { conditionOn, dutyCases } from '../../harness';

const send = (queue: sqs.IQueue) =>
  new iam.PolicyStatement({
    actions: ['sqs:SendMessage'],
    resources: [queue.queueArn],
    principals: [new iam.ServicePrincipal('events.amazonaws.com')],
  });

dutyCases('sqs-queue-single-queue-policy', [
  {
    name: 'the L2 queue keeps enforceSSL, a grant and an SNS subscription in its one policy',
    build: (stack) => {
      const queue = new sqs.Queue(stack, 'Queue', { enforceSSL: true });
      queue.grantSendMessages(new iam.AccountPrincipal('222222222222'));
      new sns.Topic(stack, 'Topic').addSubscription(new subscriptions.SqsSubscription(queue));
    },
    path: 'Queue',
    expect: 'configured',
  },
  {
    name: 'a second sqs.QueuePolicy is added next to the enforceSSL policy',
    build: (stack) => {
      const queue = new sqs.Queue(stack, 'Queue', { enforceSSL: true });
      new sqs.QueuePolicy(stack, 'Second', { queues: [queue] }).document.addStatements(send(queue));
    },
    path: 'Queue',
    expect: 'unconfigured',
  },
  {
    name: 'another stack gives the queue a second policy (a cross-stack reference)',
    build: (stack, app) => {
      const queue = new sqs.Queue(stack, 'Queue', { enforceSSL: true });
      const other = new Stack(app, 'Producer', { env: { account: '111111111111', region: 'us-east-1' } });
      new sqs.QueuePolicy(other, 'Second', { queues: [queue] }).document.addStatements(send(queue));
    },
    path: 'Queue',
    expect: 'unconfigured',
  },
  {
    name: 'a second policy may be attached (its Queues is an Fn::If)',
    build: (stack) => {
      const queue = new sqs.Queue(stack, 'Queue', { enforceSSL: true });
      new sqs.CfnQueuePolicy(stack, 'Second', {
        queues: [Fn.conditionIf(conditionOn(stack), queue.queueUrl, 'https://sqs.us-east-1.amazonaws.com/111111111111/other').toString()],
        policyDocument: { Statement: [] },
      });
    },
    path: 'Queue',
    expect: 'unknown',
  },
]);
