import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import kinesisStreamEncrypted from './kinesis-stream-encrypted';
import kinesisStreamRetentionPeriod from './kinesis-stream-retention-period';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [kinesisStreamEncrypted, kinesisStreamRetentionPeriod];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::Kinesis::Stream',
    service: 'Amazon Kinesis Data Streams',
    serviceModel: 'abstracted',
    awsSide:
      "AWS operates the shards, replicates records across Availability Zones and serves the endpoints; server-side encryption and the retention period are the customer's settings.",
    source: 'https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html',
  },
];
