import { CfnParameter, Tags } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sns from 'aws-cdk-lib/aws-sns';
import { dutyCases, dutyResult, synthWithChecks } from '../../harness';

dutyCases('sns-topic-require-tls', [
  {
    name: 'the L2 topic sets enforceSSL (a deny on sns:Publish)',
    build: (stack) => new sns.Topic(stack, 'Topic', { enforceSSL: true }),
    path: 'Topic',
    expect: 'configured',
  },
  {
    name: 'the L2 topic keeps its defaults (no topic policy)',
    build: (stack) => new sns.Topic(stack, 'Topic'),
    path: 'Topic',
    expect: 'unconfigured',
  },
  {
    name: 'the deny is added to an L1 topic policy by an escape-hatch override',
    build: (stack) => {
      const topic = new sns.CfnTopic(stack, 'Raw');
      const policy = new sns.CfnTopicPolicy(stack, 'RawPolicy', { topics: [topic.ref], policyDocument: { Statement: [] } });
      policy.addPropertyOverride('PolicyDocument.Statement', [
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 'sns:Publish',
          Resource: topic.ref,
          Condition: { Bool: { 'aws:SecureTransport': false } },
        },
      ]);
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the topic policy denies only sns:Subscribe over plain HTTP',
    build: (stack) => {
      const topic = new sns.CfnTopic(stack, 'Raw');
      new sns.CfnTopicPolicy(stack, 'RawPolicy', {
        topics: [topic.ref],
        policyDocument: {
          Statement: [
            {
              Effect: 'Deny',
              Principal: '*',
              Action: 'sns:Subscribe',
              Resource: topic.ref,
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
          ],
        },
      });
    },
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'the aws:SecureTransport value is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Secure');
      const topic = new sns.CfnTopic(stack, 'Raw');
      new sns.CfnTopicPolicy(stack, 'RawPolicy', {
        topics: [topic.ref],
        policyDocument: {
          Statement: [
            {
              Effect: 'Deny',
              Principal: '*',
              Action: 'sns:Publish',
              Resource: topic.ref,
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
    name: "the deny names another topic's ARN",
    build: (stack) => {
      const other = new sns.Topic(stack, 'Other');
      const store = new sns.Topic(stack, 'Store');
      store.addToResourcePolicy(
        new iam.PolicyStatement({
          effect: iam.Effect.DENY,
          principals: [new iam.AnyPrincipal()],
          actions: ['sns:Publish'],
          resources: [other.topicArn],
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
      const store = new sns.Topic(stack, 'Store');
      store.addToResourcePolicy(
        new iam.PolicyStatement({
          effect: iam.Effect.DENY,
          principals: [new iam.AnyPrincipal()],
          actions: ['sns:Publish'],
          resources: ['*'],
          conditions: { Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:PrincipalAccount': '222222222222' } },
        }),
      );
    },
    path: 'Store',
    expect: 'unconfigured',
  },
]);

describe('sns-topic-require-tls severity', () => {
  const severity = (tags?: Record<string, string>) => {
    const { results } = synthWithChecks((stack) => {
      const store = new sns.Topic(stack, 'Store');
      for (const [k, v] of Object.entries(tags ?? {})) Tags.of(store).add(k, v);
    });
    return dutyResult(results, 'Store', 'sns-topic-require-tls')?.severity;
  };
  test('is a warning on a topic that is not classified sensitive', () => expect(severity()).toBe('warning'));
  test('is an error on a topic classified sensitive', () => expect(severity({ DataClassification: 'confidential' })).toBe('error'));
});
