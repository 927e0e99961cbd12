import { defineDuty } from '../../lib/model/duty';
import { namedKey } from '../../lib/model/evidence/kms';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'events-bus-kms-key',
  title: 'EventBridge custom event bus encrypts events with a customer managed KMS key',
  category: 'data-protection',
  resourceTypes: ['AWS::Events::EventBus'],
  awsSide:
    'EventBridge encrypts events on an event bus at rest with an AWS owned key unless the bus names a customer managed key in KmsKeyIdentifier.',
  customerSide:
    "For buses that carry sensitive event data, choosing a customer managed key is the customer's: its key policy then controls who can decrypt the events and every use is logged in CloudTrail.",
  severity: 'info',
  remediation: {
    l2: 'new events.EventBus(this, id, { kmsKey: key })',
    l1: 'KmsKeyIdentifier: <customer managed KMS key ARN>',
  },
  controls: { fsbp: [], nist: ['SC-12', 'SC-13', 'SC-28', 'SC-28(1)'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-events-eventbus.html#cfn-events-eventbus-kmskeyidentifier',
    'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-encryption-at-rest.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html',
  ],
  messages: {
    awsOwned:
      'The event bus has no KmsKeyIdentifier, so its events are encrypted with an AWS owned key the customer cannot control or audit.',
  },
  evaluate(ctx) {
    const key = namedKey(ctx, ctx.props.at('KmsKeyIdentifier'));
    if (key === undefined) return unconfigured('awsOwned');
    return configured(`KmsKeyIdentifier is ${key}`);
  },
});
