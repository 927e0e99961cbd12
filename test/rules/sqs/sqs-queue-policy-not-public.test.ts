import { CfnParameter, Fn } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { conditionOn, dutyCases } from '../../harness';

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
      queue.addToResourcePolicy(
        new iam.PolicyStatement({
          actions: ['sqs:SendMessage'],
          resources: [queue.queueArn],
          principals: [new iam.ServicePrincipal('events.amazonaws.com')],
        }),
      );
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
      queue.addToResourcePolicy(
        new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn], principals: [new iam.AnyPrincipal()] }),
      );
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
        policyDocument: {
          Statement: [{ Effect: 'Allow', Principal: p.valueAsString, Action: 'sqs:SendMessage', Resource: queue.attrArn }],
        },
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },

  {
    name: 'a public L1 queue policy names the queue only in one branch of an Fn::If',
    build: (stack) => {
      const queue = new sqs.CfnQueue(stack, 'Queue');
      new sqs.CfnQueuePolicy(stack, 'Policy', {
        queues: [Fn.conditionIf(conditionOn(stack), queue.ref, Fn.ref('AWS::NoValue')).toString()],
        policyDocument: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: queue.attrArn }] },
      });
    },
    path: 'Queue',
    expect: 'unknown',
  },
  {
    name: 'the queue policy whose Queues entry is an Fn::If is judged on its own',
    build: (stack) => {
      const queue = new sqs.CfnQueue(stack, 'Queue');
      new sqs.CfnQueuePolicy(stack, 'Policy', {
        queues: [Fn.conditionIf(conditionOn(stack), queue.ref, Fn.ref('AWS::NoValue')).toString()],
        policyDocument: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: queue.attrArn }] },
      });
    },
    path: 'Policy',
    expect: 'unconfigured',
  },
  {
    name: 'a benign L1 queue policy may be attached by an Fn::If (it changes nothing)',
    build: (stack) => {
      const queue = new sqs.CfnQueue(stack, 'Queue');
      new sqs.CfnQueuePolicy(stack, 'Policy', {
        queues: [Fn.conditionIf(conditionOn(stack), queue.ref, Fn.ref('AWS::NoValue')).toString()],
        policyDocument: {
          Statement: [
            { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111111111111:root' }, Action: 'sqs:SendMessage', Resource: queue.attrArn },
          ],
        },
      });
    },
    path: 'Queue',
    expect: 'configured',
  },
  {
    name: 'an L2 queue policy on an imported queue allows Principal "*"',
    build: (stack) => {
      const queue = sqs.Queue.fromQueueArn(stack, 'Imported', 'arn:aws:sqs:us-east-1:111111111111:shared');
      new sqs.QueuePolicy(stack, 'Policy', { queues: [queue] }).document.addStatements(
        new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn], principals: [new iam.AnyPrincipal()] }),
      );
    },
    path: 'Policy',
    expect: 'unconfigured',
  },
  {
    name: "the L2 queue's own policy is evaluated with the queue",
    build: (stack) => new sqs.Queue(stack, 'Queue', { enforceSSL: true }),
    path: 'Queue/Policy',
    expect: 'not-applicable',
  },
  {
    name: 'an L1 queue inline policy allows Principal "*"',
    build: (stack) => {
      const queue = new sqs.CfnQueue(stack, 'Queue');
      new sqs.CfnQueueInlinePolicy(stack, 'Policy', {
        queue: queue.ref,
        policyDocument: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: queue.attrArn }] },
      });
    },
    path: 'Queue',
    expect: 'unconfigured',
  },
]);
