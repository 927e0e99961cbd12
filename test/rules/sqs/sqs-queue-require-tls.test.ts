import { CfnParameter, Tags } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { dutyCases, dutyResult, synthWithChecks } from '../../harness';

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
  {
    name: "the deny names another queue's ARN",
    build: (stack) => {
      const other = new sqs.Queue(stack, 'Other');
      const store = new sqs.Queue(stack, 'Store');
      store.addToResourcePolicy(
        new iam.PolicyStatement({
          effect: iam.Effect.DENY,
          principals: [new iam.AnyPrincipal()],
          actions: ['sqs:*'],
          resources: [other.queueArn],
          conditions: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      );
    },
    path: 'Store',
    expect: 'unconfigured',
  },
  {
    name: 'the deny is narrowed by another condition',
    build: (stack) => {
      const store = new sqs.Queue(stack, 'Store');
      store.addToResourcePolicy(
        new iam.PolicyStatement({
          effect: iam.Effect.DENY,
          principals: [new iam.AnyPrincipal()],
          actions: ['sqs:*'],
          resources: ['*'],
          conditions: { Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:PrincipalAccount': '222222222222' } },
        }),
      );
    },
    path: 'Store',
    expect: 'unconfigured',
  },
]);

describe('sqs-queue-require-tls severity', () => {
  const severity = (tags?: Record<string, string>) => {
    const { results } = synthWithChecks((stack) => {
      const store = new sqs.Queue(stack, 'Store');
      for (const [k, v] of Object.entries(tags ?? {})) Tags.of(store).add(k, v);
    });
    return dutyResult(results, 'Store', 'sqs-queue-require-tls')?.severity;
  };
  test('is a warning on a queue that is not classified sensitive', () => expect(severity()).toBe('warning'));
  test('is an error on a queue classified sensitive', () => expect(severity({ DataClassification: 'confidential' })).toBe('error'));
});
