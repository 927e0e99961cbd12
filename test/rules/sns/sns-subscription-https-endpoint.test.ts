import { CfnParameter } from 'aws-cdk-lib';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import { dutyCases } from '../../harness';

dutyCases('sns-subscription-https-endpoint', [
  {
    name: 'the L2 URL subscription uses https',
    build: (stack) => new sns.Topic(stack, 'Topic').addSubscription(new subs.UrlSubscription('https://example.com/hook')),
    path: 'Topic/https:----example.com--hook',
    expect: 'configured',
  },
  {
    name: 'the L2 URL subscription uses http',
    build: (stack) => new sns.Topic(stack, 'Topic').addSubscription(new subs.UrlSubscription('http://example.com/hook')),
    path: 'Topic/http:----example.com--hook',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override switches an http subscription to https',
    build: (stack) => {
      const sub = new sns.CfnSubscription(stack, 'Raw', {
        topicArn: 'arn:aws:sns:us-east-1:111111111111:t',
        protocol: 'http',
        endpoint: 'http://example.com',
      });
      sub.addPropertyOverride('Protocol', 'https');
      sub.addPropertyOverride('Endpoint', 'https://example.com');
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the protocol is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Protocol');
      new sns.CfnSubscription(stack, 'Raw', {
        topicArn: 'arn:aws:sns:us-east-1:111111111111:t',
        protocol: p.valueAsString,
        endpoint: 'example.com',
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
