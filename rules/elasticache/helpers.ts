import type { Value } from '../../lib/model/value';

export const ELASTICACHE_CONTROLS = 'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html';
export const CFN_REPLICATION_GROUP =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticache-replicationgroup.html';
export const CFN_CACHE_CLUSTER =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticache-cachecluster.html';

/**
 * The cache engine, lower-cased. `AWS::ElastiCache::CacheCluster` requires `Engine`; a replication
 * group is Valkey or Redis OSS (CloudFormation: "The value must be set to valkey or redis").
 */
export function cacheEngine(type: string, props: Value): string {
  const engine = props.at('Engine').str()?.toLowerCase();
  if (engine !== undefined) return engine;
  return type === 'AWS::ElastiCache::ReplicationGroup' ? 'redis' : 'unknown';
}

export function isRedisCompatible(engine: string): boolean {
  return engine === 'redis' || engine === 'valkey';
}
