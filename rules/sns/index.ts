import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import snsSubscriptionHttpsEndpoint from './sns-subscription-https-endpoint';
import snsTopicKmsEncryption from './sns-topic-kms-encryption';
import snsTopicPolicyNoWildcardActions from './sns-topic-policy-no-wildcard-actions';
import snsTopicPolicyNotPublic from './sns-topic-policy-not-public';
import snsTopicRequireTls from './sns-topic-require-tls';
import snsTopicSingleTopicPolicy from './sns-topic-single-topic-policy';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [
  snsSubscriptionHttpsEndpoint,
  snsTopicKmsEncryption,
  snsTopicPolicyNoWildcardActions,
  snsTopicPolicyNotPublic,
  snsTopicRequireTls,
  snsTopicSingleTopicPolicy,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::SNS::Topic',
    service: 'Amazon SNS',
    serviceModel: 'abstracted',
    awsSide:
      'AWS operates the topic infrastructure, durability and endpoints and stores messages with disk encryption by default; KMS encryption, the topic policy and transport enforcement are configured by the customer.',
    source: 'https://docs.aws.amazon.com/securityhub/latest/userguide/sns-controls.html#sns-1',
  },
  {
    type: 'AWS::SNS::Subscription',
    service: 'Amazon SNS',
    serviceModel: 'abstracted',
    awsSide:
      "AWS delivers messages to the endpoint with the protocol the subscription names and retries per the delivery policy; the protocol and endpoint are the customer's.",
    source: 'https://docs.aws.amazon.com/sns/latest/dg/sns-create-subscribe-endpoint-to-topic.html',
  },
  {
    type: 'AWS::SNS::TopicInlinePolicy',
    service: 'Amazon SNS',
    serviceModel: 'abstracted',
    awsSide: "SNS evaluates the topic's access policy on every request; what it allows is the customer's choice.",
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-topicinlinepolicy.html',
  },
  {
    type: 'AWS::SNS::TopicPolicy',
    service: 'Amazon SNS',
    serviceModel: 'abstracted',
    awsSide: "SNS evaluates the topic's access policy on every request; what it allows is the customer's choice.",
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-topicpolicy.html',
  },
];
