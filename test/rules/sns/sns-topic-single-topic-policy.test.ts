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
