import { CfnParameter } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as sns from 'aws-cdk-lib/aws-sns';
import { dutyCases } from '../../harness';

const grantAll = (topic: sns.Topic, principal: iam.IPrincipal, actions = ['sns:*']) =>
  topic.addToResourcePolicy(new iam.PolicyStatement({ actions, resources: [topic.topicArn], principals: [principal] }));

dutyCases('sns-topic-policy-no-wildcard-actions', [
  {
    name: "CDK's grantPublish to a service names sns:Publish",
    build: (stack) => new sns.Topic(stack, 'Topic', { enforceSSL: true }).grantPublish(new iam.ServicePrincipal('events.amazonaws.com')),
    path: 'Topic',
    expect: 'configured',
  },
  {
    name: 'the topic policy grants sns:* to another account',
    build: (stack) => grantAll(new sns.Topic(stack, 'Topic'), new iam.AccountPrincipal('222222222222')),
    path: 'Topic',
    expect: 'unconfigured',
  },
  {
    name: 'the topic policy grants sns:* to a service',
    build: (stack) => grantAll(new sns.Topic(stack, 'Topic'), new iam.ServicePrincipal('s3.amazonaws.com')),
    path: 'Topic',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override narrows the L1 topic policy to sns:Publish',
    build: (stack) => {
      const topic = new sns.Topic(stack, 'Topic');
      grantAll(topic, new iam.AccountPrincipal('222222222222'));
      (topic.node.findChild('Policy').node.defaultChild as sns.CfnTopicPolicy).addPropertyOverride(
        'PolicyDocument.Statement.0.Action',
        'sns:Publish',
      );
    },
    path: 'Topic',
    expect: 'configured',
  },
  {
    name: 'the principal granted sns:* is a parameter',
    build: (stack) => grantAll(new sns.Topic(stack, 'Topic'), new iam.ArnPrincipal(new CfnParameter(stack, 'Publisher').valueAsString)),
    path: 'Topic',
    expect: 'unknown',
  },
]);
