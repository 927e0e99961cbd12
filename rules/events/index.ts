import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import eventsBusKmsKey from './events-bus-kms-key';
import eventsBusPolicyNotPublic from './events-bus-policy-not-public';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [eventsBusKmsKey, eventsBusPolicyNotPublic];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::Events::EventBus',
    service: 'Amazon EventBridge',
    serviceModel: 'abstracted',
    awsSide:
      "AWS operates the event bus, routes events to rule targets and encrypts events at rest with an AWS owned key by default; the bus policy and key choice are the customer's.",
    source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-encryption-at-rest.html',
  },
  {
    type: 'AWS::Events::EventBusPolicy',
    service: 'Amazon EventBridge',
    serviceModel: 'abstracted',
    awsSide:
      "EventBridge evaluates the bus's resource-based policy on every PutEvents from another account; what it allows is the customer's choice.",
    source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html',
  },
];
