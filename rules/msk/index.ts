import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import mskClusterBrokerLogs from './msk-cluster-broker-logs';
import mskClusterClientBrokerTls from './msk-cluster-client-broker-tls';
import mskClusterInClusterTls from './msk-cluster-in-cluster-tls';
import mskClusterPublicAccessDisabled from './msk-cluster-public-access-disabled';
import mskClusterUnauthenticatedAccessDisabled from './msk-cluster-unauthenticated-access-disabled';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [
  mskClusterBrokerLogs,
  mskClusterClientBrokerTls,
  mskClusterInClusterTls,
  mskClusterPublicAccessDisabled,
  mskClusterUnauthenticatedAccessDisabled,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::MSK::Cluster',
    service: 'Amazon MSK',
    serviceModel: 'container',
    awsSide:
      "AWS provisions, patches and replaces the Apache Kafka brokers and ZooKeeper/KRaft nodes and encrypts storage at rest; network exposure, client authentication, in-transit settings and logging are the customer's.",
    source: 'https://docs.aws.amazon.com/msk/latest/developerguide/security.html',
  },
];
