import { defineDuty } from '../../lib/model/duty';
import { statements } from '../../lib/model/policy';
import type { ResourceRecord } from '../../lib/model/resource';
import { configured, unconfigured } from '../../lib/model/verdict';
import { deniesInsecurePublish, topicPolicies } from './helpers';

export default defineDuty({
  id: 'sns-topic-require-tls',
  title: 'SNS topic denies publishing not sent over TLS',
  category: 'data-protection',
  resourceTypes: ['AWS::SNS::Topic'],
  awsSide:
    'AWS operates the SNS HTTPS endpoints, but SNS also accepts Publish requests over plain HTTP unless the topic policy denies them.',
  customerSide:
    "Protecting messages in transit to the topic is the customer's: only a topic policy that denies sns:Publish where aws:SecureTransport is false makes SNS refuse unencrypted publishes.",
  severity: 'warning',
  severityReason:
    'a warning, not an error: no Security Hub control backs it, and the usual producers (AWS services, the AWS SDKs and CLI) use HTTPS endpoints by default; on a topic classified sensitive (the tag the dataClassification option names) the engine raises it to an error',
  remediation: {
    l2: 'new sns.Topic(this, id, { enforceSSL: true })',
    l1: 'an AWS::SNS::TopicPolicy with a Deny statement for Principal "*", Action "sns:Publish" and Condition {"Bool": {"aws:SecureTransport": "false"}}',
  },
  controls: { fsbp: [], nist: ['AC-17(2)', 'SC-8', 'SC-8(1)', 'SC-23'] },
  sources: [
    'https://docs.aws.amazon.com/sns/latest/dg/sns-security-best-practices.html#enforce-encryption-data-in-transit',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-topicpolicy.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sns-controls.html',
    'https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/enforcing-tls.html',
  ],
  messages: {
    noPolicy: 'The topic has no topic policy in the app, so nothing denies publishing over plain HTTP.',
    noDeny:
      'No topic policy statement denies publishing to the topic where aws:SecureTransport is false: none has Principal "*", Action "sns:Publish" (or "sns:*", "*"), no condition but {"Bool": {"aws:SecureTransport": "false"}} and a Resource naming this topic.',
  },
  evaluate(ctx) {
    const policies = topicPolicies(ctx);
    const denies = (policy: ResourceRecord) =>
      statements(ctx.propsOf(policy).at('PolicyDocument')).some((s) => deniesInsecurePublish(ctx, s));
    const found = policies.sure.find(denies);
    if (found) return configured(`topic policy ${found.logicalId} denies publishing with aws:SecureTransport=false`);
    policies.settle(denies);
    return unconfigured(policies.sure.length === 0 ? 'noPolicy' : 'noDeny');
  },
});
