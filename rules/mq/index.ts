import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import mqBrokerAuditLogging from './mq-broker-audit-logging';
import mqBrokerAutoMinorVersionUpgrade from './mq-broker-auto-minor-version-upgrade';
import mqBrokerHighAvailability from './mq-broker-high-availability';
import mqBrokerKmsKey from './mq-broker-kms-key';
import mqBrokerNotPubliclyAccessible from './mq-broker-not-publicly-accessible';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [
  mqBrokerAuditLogging,
  mqBrokerAutoMinorVersionUpgrade,
  mqBrokerHighAvailability,
  mqBrokerKmsKey,
  mqBrokerNotPubliclyAccessible,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::AmazonMQ::Broker',
    service: 'Amazon MQ',
    serviceModel: 'container',
    awsSide:
      "AWS provisions and operates the broker instances, applies engine patches when automatic minor version upgrades are on, and encrypts data at rest; network exposure, users, deployment mode and logging are the customer's.",
    source: 'https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/security.html',
  },
];
