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
  {
    name: 'fails when SSE-SQS is off and KmsMasterKeyId is an empty string (no key)',
    build: (stack) => new sqs.CfnQueue(stack, 'Raw', { sqsManagedSseEnabled: false, kmsMasterKeyId: '' }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'SSE-SQS is off and the key is a parameter, which may be given empty',
    build: (stack) =>
      new sqs.CfnQueue(stack, 'Raw', { sqsManagedSseEnabled: false, kmsMasterKeyId: new CfnParameter(stack, 'Key').valueAsString }),
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'SSE-SQS is off and the key is a parameter whose MinLength refuses an empty value',
    build: (stack) =>
      new sqs.CfnQueue(stack, 'Raw', {
        sqsManagedSseEnabled: false,
        kmsMasterKeyId: new CfnParameter(stack, 'Key', { minLength: 1 }).valueAsString,
      }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the key is a parameter but SSE-SQS is left on, so the queue is encrypted either way',
    build: (stack) => new sqs.CfnQueue(stack, 'Raw', { kmsMasterKeyId: new CfnParameter(stack, 'Key').valueAsString }),
    path: 'Raw',
    expect: 'configured',
  },
]);
