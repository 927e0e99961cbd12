import { defineDuty } from '../../lib/model/duty';
import { resourceCovers } from '../../lib/model/evidence/resource-policies';
import { deniesInsecureTransport, statements } from '../../lib/model/policy';
import type { ResourceRecord } from '../../lib/model/resource';
import { configured, unconfigured } from '../../lib/model/verdict';
import { QUEUE_ARN_SAMPLES, queuePolicies } from './helpers';

export default defineDuty({
  id: 'sqs-queue-require-tls',
  title: 'SQS queue denies requests not sent over TLS',
  category: 'data-protection',
  resourceTypes: ['AWS::SQS::Queue'],
  awsSide: 'AWS operates the SQS HTTPS endpoints, but SQS also accepts requests over plain HTTP unless a queue policy denies them.',
  customerSide:
    "Protecting messages in transit is the customer's: only a queue policy that denies requests where aws:SecureTransport is false makes SQS refuse unencrypted requests.",
  severity: 'warning',
  severityReason:
    'a warning, not an error: no Security Hub control backs it, and the usual producers (AWS services, the AWS SDKs and CLI) use HTTPS endpoints by default; on a queue classified sensitive (the tag the dataClassification option names) the engine raises it to an error',
  remediation: {
    l2: 'new sqs.Queue(this, id, { enforceSSL: true })',
    l1: 'an AWS::SQS::QueuePolicy on the queue with a Deny statement for Principal "*", Action "sqs:*" and Condition {"Bool": {"aws:SecureTransport": "false"}}',
  },
  controls: { fsbp: [], nist: ['AC-17(2)', 'SC-8', 'SC-8(1)', 'SC-23'] },
  sources: [
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-security-best-practices.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sqs-queuepolicy.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sqs-controls.html',
    'https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/enforcing-tls.html',
  ],
  messages: {
    noPolicy: 'The queue has no queue policy, so nothing denies requests over plain HTTP.',
    noDeny:
      'No queue policy statement denies every request to the queue where aws:SecureTransport is false: none has Principal "*", Action "sqs:*" (or "*"), no condition but {"Bool": {"aws:SecureTransport": "false"}} and a Resource naming this queue.',
  },
  evaluate(ctx) {
    const policies = queuePolicies(ctx);
    const denies = (policy: ResourceRecord) =>
      statements(ctx.propsOf(policy).at('PolicyDocument')).some((s) =>
        deniesInsecureTransport(s, 'sqs', (resource) => resourceCovers(ctx, resource, ctx.resource, QUEUE_ARN_SAMPLES)),
      );
    const found = policies.sure.find(denies);
    if (found) return configured(`queue policy ${found.logicalId} denies aws:SecureTransport=false`);
    policies.settle(denies);
    return unconfigured(policies.sure.length === 0 ? 'noPolicy' : 'noDeny');
  },
});
