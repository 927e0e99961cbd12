import { CfnParameter, Fn } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sns from 'aws-cdk-lib/aws-sns';
import { conditionOn, dutyCases } from '../../harness';

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
      topic.addToResourcePolicy(
        new iam.PolicyStatement({
          actions: ['sns:Publish'],
          resources: [topic.topicArn],
          principals: [new iam.ServicePrincipal('events.amazonaws.com')],
        }),
      );
    },
    path: 'Topic',
    expect: 'configured',
  },
  {
    name: 'the topic policy allows anyone to subscribe',
    build: (stack) => {
      const topic = new sns.Topic(stack, 'Topic');
      topic.addToResourcePolicy(
        new iam.PolicyStatement({ actions: ['sns:Subscribe'], resources: [topic.topicArn], principals: [new iam.AnyPrincipal()] }),
      );
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
        policyDocument: {
          Statement: [{ Effect: 'Allow', Principal: { AWS: p.valueAsString }, Action: 'sns:Publish', Resource: topic.ref }],
        },
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },

  {
    name: 'a public L1 topic policy names the topic only in one branch of an Fn::If',
    build: (stack) => {
      const topic = new sns.CfnTopic(stack, 'Topic');
      new sns.CfnTopicPolicy(stack, 'Policy', {
        topics: [Fn.conditionIf(conditionOn(stack), topic.ref, Fn.ref('AWS::NoValue')).toString()],
        policyDocument: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sns:Publish', Resource: topic.ref }] },
      });
    },
    path: 'Topic',
    expect: 'unknown',
  },
  {
    name: 'an L2 topic policy on an imported topic allows Principal "*"',
    build: (stack) => {
      const topic = sns.Topic.fromTopicArn(stack, 'Imported', 'arn:aws:sns:us-east-1:111111111111:shared');
      new sns.TopicPolicy(stack, 'Policy', { topics: [topic] }).document.addStatements(
        new iam.PolicyStatement({ actions: ['sns:Publish'], resources: [topic.topicArn], principals: [new iam.AnyPrincipal()] }),
      );
    },
    path: 'Policy',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 topic inline policy on a topic of the stack allows Principal "*"',
    build: (stack) => {
      const topic = new sns.CfnTopic(stack, 'Topic');
      new sns.CfnTopicInlinePolicy(stack, 'Policy', {
        topicArn: topic.ref,
        policyDocument: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sns:Publish', Resource: topic.ref }] },
      });
    },
    path: 'Topic',
    expect: 'unconfigured',
  },
]);
