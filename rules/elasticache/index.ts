import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import elasticacheAutoMinorVersionUpgrade from './elasticache-auto-minor-version-upgrade';
import elasticacheClusterNotDefaultSubnetGroup from './elasticache-cluster-not-default-subnet-group';
import elasticacheRedisAutomaticBackups from './elasticache-redis-automatic-backups';
import elasticacheReplicationGroupAutomaticFailover from './elasticache-replication-group-automatic-failover';
import elasticacheReplicationGroupEncryptedAtRest from './elasticache-replication-group-encrypted-at-rest';
import elasticacheReplicationGroupEncryptedInTransit from './elasticache-replication-group-encrypted-in-transit';
import elasticacheReplicationGroupRedisAuth from './elasticache-replication-group-redis-auth';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [
  elasticacheAutoMinorVersionUpgrade,
  elasticacheClusterNotDefaultSubnetGroup,
  elasticacheRedisAutomaticBackups,
  elasticacheReplicationGroupAutomaticFailover,
  elasticacheReplicationGroupEncryptedAtRest,
  elasticacheReplicationGroupEncryptedInTransit,
  elasticacheReplicationGroupRedisAuth,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::ElastiCache::CacheCluster',
    service: 'Amazon ElastiCache',
    serviceModel: 'container',
    awsSide:
      'AWS runs the cache nodes, installs and patches their operating system and engine software, and replaces failed nodes; the customer configures network placement, authentication, encryption, backups and upgrade policy.',
    source: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Security.html',
  },
  {
    type: 'AWS::ElastiCache::ReplicationGroup',
    service: 'Amazon ElastiCache',
    serviceModel: 'container',
    awsSide:
      'AWS runs the primary and replica nodes, replication, patching and (when enabled) automatic failover across Availability Zones; the customer configures encryption at rest and in transit, AUTH or RBAC, network placement, backups and failover.',
    source: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Security.html',
  },
];
