import { CfnParameter } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { dutyCases } from '../../harness';

dutyCases('sqs-queue-encrypted', [
  {
    name: 'the L2 queue keeps its defaults (SSE-SQS by default)',
    build: (stack) => new sqs.Queue(stack, 'Queue'),
    path: 'Queue',
    expect: 'configured',
  },
  {
    name: 'the L2 queue uses a KMS key',
    build: (stack) => new sqs.Queue(stack, 'Queue', { encryption: sqs.QueueEncryption.KMS }),
    path: 'Queue',
    expect: 'configured',
  },
  {
    name: 'the L2 queue is created UNENCRYPTED',
    build: (stack) => new sqs.Queue(stack, 'Queue', { encryption: sqs.QueueEncryption.UNENCRYPTED }),
    path: 'Queue',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override turns SSE-SQS back on',
    build: (stack) => {
      const queue = new sqs.Queue(stack, 'Queue', { encryption: sqs.QueueEncryption.UNENCRYPTED });
      (queue.node.defaultChild as sqs.CfnQueue).addPropertyOverride('SqsManagedSseEnabled', true);
    },
    path: 'Queue',
    expect: 'configured',
  },
  {
    name: 'SqsManagedSseEnabled is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Sse', { type: 'String' });
      new sqs.CfnQueue(stack, 'Raw', { sqsManagedSseEnabled: p.valueAsString as unknown as boolean });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
