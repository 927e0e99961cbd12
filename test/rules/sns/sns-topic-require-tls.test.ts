import { CfnParameter } from 'aws-cdk-lib';
import * as sns from 'aws-cdk-lib/aws-sns';
import { dutyCases } from '../../harness';

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
]);
