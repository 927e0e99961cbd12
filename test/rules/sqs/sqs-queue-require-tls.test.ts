import { CfnParameter } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { dutyCases } from '../../harness';

dutyCases('sqs-queue-require-tls', [
  {
    name: 'the L2 queue sets enforceSSL',
    build: (stack) => new sqs.Queue(stack, 'Queue', { enforceSSL: true }),
    path: 'Queue',
    expect: 'configured',
  },
  {
    name: 'the L2 queue keeps its defaults (no queue policy)',
    build: (stack) => new sqs.Queue(stack, 'Queue'),
    path: 'Queue',
    expect: 'unconfigured',
  },
  {
    name: 'the queue policy grants access but never denies plain HTTP',
    build: (stack) => {
      const queue = new sqs.Queue(stack, 'Queue');
      queue.addToResourcePolicy(
        new iam.PolicyStatement({
          actions: ['sqs:SendMessage'],
          resources: [queue.queueArn],
          principals: [new iam.AccountRootPrincipal()],
        }),
      );
    },
    path: 'Queue',
    expect: 'unconfigured',
  },
  {
    name: 'the deny statement is added by an escape-hatch override on an L1 policy',
    build: (stack) => {
      const queue = new sqs.CfnQueue(stack, 'Raw');
      const policy = new sqs.CfnQueuePolicy(stack, 'RawPolicy', { queues: [queue.ref], policyDocument: { Statement: [] } });
      policy.addPropertyOverride('PolicyDocument.Statement', [
        {
          Effect: 'Deny',
          Principal: { AWS: '*' },
          Action: 'sqs:*',
          Resource: '*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ]);
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the aws:SecureTransport value of the deny is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Secure');
      const queue = new sqs.CfnQueue(stack, 'Raw');
      new sqs.CfnQueuePolicy(stack, 'RawPolicy', {
        queues: [queue.ref],
        policyDocument: {
          Statement: [
            {
              Effect: 'Deny',
              Principal: '*',
              Action: 'sqs:*',
              Resource: '*',
              Condition: { Bool: { 'aws:SecureTransport': p.valueAsString } },
            },
          ],
        },
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
