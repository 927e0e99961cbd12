import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import logsLogGroupKmsKey from './logs-log-group-kms-key';
import logsLogGroupRetainedOnDelete from './logs-log-group-retained-on-delete';
import logsLogGroupRetention from './logs-log-group-retention';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [logsLogGroupKmsKey, logsLogGroupRetainedOnDelete, logsLogGroupRetention];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::Logs::LogGroup',
    service: 'Amazon CloudWatch Logs',
    serviceModel: 'abstracted',
    awsSide:
      "AWS operates the log storage and ingestion endpoints and always encrypts log data at rest; retention, the encryption key and the lifetime of the log group are the customer's settings.",
    source: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html',
  },
];
