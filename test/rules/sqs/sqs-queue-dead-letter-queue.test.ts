import { CfnJson, Fn } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { dutyCases } from '../../harness';

dutyCases('sqs-queue-dead-letter-queue', [
  {
    name: 'the L2 queue has a dead-letter queue',
    build: (stack) => {
      const dlq = new sqs.Queue(stack, 'Dlq');
      new sqs.Queue(stack, 'Queue', { deadLetterQueue: { queue: dlq, maxReceiveCount: 5 } });
    },
    path: 'Queue',
    expect: 'configured',
  },
  {
    name: 'the queue is itself the dead-letter queue of another queue',
    build: (stack) => {
      const dlq = new sqs.Queue(stack, 'Dlq');
      new sqs.Queue(stack, 'Queue', { deadLetterQueue: { queue: dlq, maxReceiveCount: 5 } });
    },
    path: 'Dlq',
    expect: 'not-applicable',
  },
  {
    name: 'the L2 queue keeps its defaults (no redrive policy)',
    build: (stack) => new sqs.Queue(stack, 'Queue'),
    path: 'Queue',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 queue gives RedrivePolicy as a JSON string, added by an escape-hatch override',
    build: (stack) => {
      const q = new sqs.CfnQueue(stack, 'Raw');
      q.addPropertyOverride(
        'RedrivePolicy',
        JSON.stringify({ deadLetterTargetArn: 'arn:aws:sqs:us-east-1:111111111111:dlq', maxReceiveCount: 3 }),
      );
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the redrive policy is chosen by a condition',
    build: (stack) => {
      new sqs.CfnQueue(stack, 'Raw', {
        redrivePolicy: Fn.conditionIf(
          'WithDlq',
          { deadLetterTargetArn: 'arn:aws:sqs:us-east-1:111111111111:dlq', maxReceiveCount: 3 },
          Fn.ref('AWS::NoValue'),
        ),
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
  {
    // CfnJson renders as an Fn::GetAtt of a custom resource: whether its JSON holds deadLetterTargetArn is decided at deploy.
    name: 'the redrive policy is a CfnJson value',
    build: (stack) => {
      const q = new sqs.CfnQueue(stack, 'Raw');
      q.addPropertyOverride('RedrivePolicy', new CfnJson(stack, 'Json', { value: { maxReceiveCount: 3 } }).value);
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
