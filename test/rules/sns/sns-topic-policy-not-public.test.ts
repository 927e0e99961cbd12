import { CfnParameter } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sns from 'aws-cdk-lib/aws-sns';
import { dutyCases } from '../../harness';

dutyCases('sns-topic-policy-not-public', [
  {
    name: 'the L2 topic keeps its defaults (no topic policy)',
    build: (stack) => new sns.Topic(stack, 'Topic'),
    path: 'Topic',
    expect: 'configured',
  },
  {
    name: 'the L2 topic enforces TLS and grants a service principal',
    build: (stack) => {
      const topic = new sns.Topic(stack, 'Topic', { enforceSSL: true });
      topic.addToResourcePolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: [topic.topicArn], principals: [new iam.ServicePrincipal('events.amazonaws.com')] }));
    },
    path: 'Topic',
    expect: 'configured',
  },
  {
    name: 'the topic policy allows anyone to subscribe',
    build: (stack) => {
      const topic = new sns.Topic(stack, 'Topic');
      topic.addToResourcePolicy(new iam.PolicyStatement({ actions: ['sns:Subscribe'], resources: [topic.topicArn], principals: [new iam.AnyPrincipal()] }));
    },
    path: 'Topic',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override confines the public statement to one source account',
    build: (stack) => {
      const topic = new sns.CfnTopic(stack, 'Raw');
      const policy = new sns.CfnTopicPolicy(stack, 'RawPolicy', {
        topics: [topic.ref],
        policyDocument: { Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sns:Publish', Resource: topic.ref }] },
      });
      policy.addPropertyOverride('PolicyDocument.Statement.0.Condition', { StringEquals: { 'aws:SourceOwner': '111111111111' } });
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the principal is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Who');
      const topic = new sns.CfnTopic(stack, 'Raw');
      new sns.CfnTopicPolicy(stack, 'RawPolicy', {
        topics: [topic.ref],
        policyDocument: { Statement: [{ Effect: 'Allow', Principal: { AWS: p.valueAsString }, Action: 'sns:Publish', Resource: topic.ref }] },
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
