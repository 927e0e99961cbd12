import { Fn, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sns from 'aws-cdk-lib/aws-sns';
import { conditionOn, dutyCases } from '../../harness';

const publish = (topic: sns.ITopic) =>
  new iam.PolicyStatement({
    actions: ['sns:Publish'],
    resources: [topic.topicArn],
    principals: [new iam.ServicePrincipal('events.amazonaws.com')],
  });

dutyCases('sns-topic-single-topic-policy', [
  {
    name: 'the L2 topic keeps enforceSSL and a grant in its one policy',
    build: (stack) => new sns.Topic(stack, 'Topic', { enforceSSL: true }).grantPublish(new iam.ServicePrincipal('events.amazonaws.com')),
    path: 'Topic',
    expect: 'configured',
  },
  {
    name: 'a second sns.TopicPolicy is added next to the enforceSSL policy',
    build: (stack) => {
      const topic = new sns.Topic(stack, 'Topic', { enforceSSL: true });
      new sns.TopicPolicy(stack, 'Second', { topics: [topic] }).document.addStatements(publish(topic));
    },
    path: 'Topic',
    expect: 'unconfigured',
  },
  {
    name: 'another stack gives the topic a second policy (a cross-stack reference)',
    build: (stack, app) => {
      const topic = new sns.Topic(stack, 'Topic', { enforceSSL: true });
      const other = new Stack(app, 'Publisher', { env: { account: '111111111111', region: 'us-east-1' } });
      new sns.TopicPolicy(other, 'Second', { topics: [topic] }).document.addStatements(publish(topic));
    },
    path: 'Topic',
    expect: 'unconfigured',
  },
  {
    name: 'a second policy may be attached (its Topics is an Fn::If)',
    build: (stack) => {
      const topic = new sns.Topic(stack, 'Topic', { enforceSSL: true });
      new sns.CfnTopicPolicy(stack, 'Second', {
        topics: [Fn.conditionIf(conditionOn(stack), topic.topicArn, 'arn:aws:sns:us-east-1:111111111111:other').toString()],
        policyDocument: { Statement: [] },
      });
    },
    path: 'Topic',
    expect: 'unknown',
  },
]);

const IMPORTED = 'arn:aws:sns:us-east-1:222222222222:shared-alerts';

dutyCases('sns-topic-single-topic-policy', [
  {
    name: 'two stacks each give the same imported topic (Topic.fromTopicArn) a policy',
    build: (stack, app) => {
      const shared = sns.Topic.fromTopicArn(stack, 'Shared', IMPORTED);
      new sns.TopicPolicy(stack, 'Policy', { topics: [shared] }).document.addStatements(publish(shared));
      const other = new Stack(app, 'Publisher', { env: { account: '111111111111', region: 'us-east-1' } });
      const same = sns.Topic.fromTopicArn(other, 'Shared', IMPORTED);
      new sns.TopicPolicy(other, 'Policy', { topics: [same] }).document.addStatements(publish(same));
    },
    path: 'Policy',
    expect: 'unconfigured',
  },
  {
    name: 'one stack gives an imported topic its only policy',
    build: (stack) => {
      const shared = sns.Topic.fromTopicArn(stack, 'Shared', IMPORTED);
      new sns.TopicPolicy(stack, 'Policy', { topics: [shared] }).document.addStatements(publish(shared));
    },
    path: 'Policy',
    expect: 'configured',
  },
  {
    name: 'a policy on an imported topic, while another policy names its topic through a condition',
    build: (stack) => {
      const shared = sns.Topic.fromTopicArn(stack, 'Shared', IMPORTED);
      new sns.TopicPolicy(stack, 'Policy', { topics: [shared] }).document.addStatements(publish(shared));
      new sns.CfnTopicPolicy(stack, 'Other', {
        topics: [Fn.conditionIf(conditionOn(stack), shared.topicArn, 'arn:aws:sns:us-east-1:222222222222:x').toString()],
        policyDocument: { Statement: [] },
      });
    },
    path: 'Policy',
    expect: 'unknown',
  },
]);
