import type { Stack } from 'aws-cdk-lib';
import * as elasticache from 'aws-cdk-lib/aws-elasticache';

/** A bare L1 replication group at `Cache` (aws-cdk-lib has no ElastiCache L2). */
export function group(stack: Stack, props: Partial<elasticache.CfnReplicationGroupProps> = {}): elasticache.CfnReplicationGroup {
  return new elasticache.CfnReplicationGroup(stack, 'Cache', {
    replicationGroupDescription: 'cache',
    engine: 'valkey',
    engineVersion: '8.0',
    cacheNodeType: 'cache.t4g.micro',
    numCacheClusters: 2,
    cacheSubnetGroupName: 'private-cache',
    ...props,
  });
}

/** A bare L1 cache cluster at `Node`. */
export function node(stack: Stack, props: Partial<elasticache.CfnCacheClusterProps> = {}): elasticache.CfnCacheCluster {
  return new elasticache.CfnCacheCluster(stack, 'Node', { engine: 'redis', cacheNodeType: 'cache.t4g.micro', numCacheNodes: 1, ...props });
}
