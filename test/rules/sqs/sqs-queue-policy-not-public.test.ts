import { CfnParameter } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { dutyCases } from '../../harness';

dutyCases('sqs-queue-policy-not-public', [
  {
    name: 'the L2 queue has no queue policy',
    build: (stack) => new sqs.Queue(stack, 'Queue'),
    path: 'Queue',
    expect: 'configured',
  },
  {
    name: 'the L2 queue enforces TLS and grants a service principal',
    build: (stack) => {
      const queue = new sqs.Queue(stack, 'Queue', { enforceSSL: true });
      queue.addToResourcePolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn], principals: [new iam.ServicePrincipal('events.amazonaws.com')] }));
    },
    path: 'Queue',
    expect: 'configured',
  },
  {
    name: 'Principal "*" is confined by aws:SourceArn',
    build: (stack) => {
      const queue = new sqs.Queue(stack, 'Queue');
      queue.addToResourcePolicy(
        new iam.PolicyStatement({
          actions: ['sqs:SendMessage'],
          resources: [queue.queueArn],
          principals: [new iam.AnyPrincipal()],
          conditions: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111111111111:topic' } },
        }),
      );
    },
    path: 'Queue',
    expect: 'configured',
  },
  {
    name: 'the queue policy allows sqs:SendMessage to anyone',
    build: (stack) => {
      const queue = new sqs.Queue(stack, 'Queue');
      queue.addToResourcePolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn], principals: [new iam.AnyPrincipal()] }));
    },
    path: 'Queue',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override adds a confining condition to the public statement',
    build: (stack) => {
      const queue = new sqs.CfnQueue(stack, 'Raw');
      const policy = new sqs.CfnQueuePolicy(stack, 'RawPolicy', {
        queues: [queue.ref],
        policyDocument: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: queue.attrArn }] },
      });
      policy.addPropertyOverride('PolicyDocument.Statement.0.Condition', { StringEquals: { 'aws:SourceAccount': '111111111111' } });
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the principal of the statement is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Who');
      const queue = new sqs.CfnQueue(stack, 'Raw');
      new sqs.CfnQueuePolicy(stack, 'RawPolicy', {
        queues: [queue.ref],
        policyDocument: { Statement: [{ Effect: 'Allow', Principal: p.valueAsString, Action: 'sqs:SendMessage', Resource: queue.attrArn }] },
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
