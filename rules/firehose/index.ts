import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import firehoseDeliveryStreamEncrypted from './firehose-delivery-stream-encrypted';
import firehoseDeliveryStreamErrorLogging from './firehose-delivery-stream-error-logging';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [firehoseDeliveryStreamEncrypted, firehoseDeliveryStreamErrorLogging];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::KinesisFirehose::DeliveryStream',
    service: 'Amazon Data Firehose',
    serviceModel: 'abstracted',
    awsSide:
      "AWS runs the delivery pipeline, encrypts data in transit with TLS and in interim storage with AWS KMS; server-side encryption choices, destinations and error logging are the customer's.",
    source: 'https://docs.aws.amazon.com/firehose/latest/dev/encryption.html',
  },
];
