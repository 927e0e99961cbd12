import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import dmsReplicationInstanceNotPublic from './dms-replication-instance-not-public';

/** AWS DMS duties, sorted by id. */
export const duties: readonly Duty[] = [dmsReplicationInstanceNotPublic];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::DMS::ReplicationInstance',
    service: 'AWS Database Migration Service',
    serviceModel: 'container',
    awsSide:
      "AWS provisions, patches and replaces the replication instance and encrypts its storage with AWS KMS; network placement, public access, endpoints and their credentials are the customer's.",
    source: 'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.html',
  },
];
