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

const IMPORTED = 'arn:aws:sqs:us-east-1:222222222222:shared-jobs';

dutyCases('sqs-queue-single-queue-policy', [
  {
    name: 'two stacks each give the same imported queue (Queue.fromQueueArn) a policy',
    build: (stack, app) => {
      const shared = sqs.Queue.fromQueueArn(stack, 'Shared', IMPORTED);
      new sqs.QueuePolicy(stack, 'Policy', { queues: [shared] }).document.addStatements(send(shared));
      const other = new Stack(app, 'Producer', { env: { account: '111111111111', region: 'us-east-1' } });
      const same = sqs.Queue.fromQueueArn(other, 'Shared', IMPORTED);
      new sqs.QueuePolicy(other, 'Policy', { queues: [same] }).document.addStatements(send(same));
    },
    path: 'Policy',
    expect: 'unconfigured',
  },
  {
    name: 'one stack gives an imported queue its only policy',
    build: (stack) => {
      const shared = sqs.Queue.fromQueueArn(stack, 'Shared', IMPORTED);
      new sqs.QueuePolicy(stack, 'Policy', { queues: [shared] }).document.addStatements(send(shared));
    },
    path: 'Policy',
    expect: 'configured',
  },
  {
    name: 'a policy on an imported queue, while another policy names its queue through a condition',
    build: (stack) => {
      const shared = sqs.Queue.fromQueueArn(stack, 'Shared', IMPORTED);
      new sqs.QueuePolicy(stack, 'Policy', { queues: [shared] }).document.addStatements(send(shared));
      new sqs.CfnQueuePolicy(stack, 'Other', {
        queues: [Fn.conditionIf(conditionOn(stack), shared.queueUrl, 'https://sqs.us-east-1.amazonaws.com/222222222222/x').toString()],
        policyDocument: { Statement: [] },
      });
    },
    path: 'Policy',
    expect: 'unknown',
  },
]);
