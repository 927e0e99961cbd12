import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_CACHE_CLUSTER, CFN_REPLICATION_GROUP, ELASTICACHE_CONTROLS, cacheEngine, isRedisCompatible } from './helpers';

export default defineDuty({
  id: 'elasticache-redis-automatic-backups',
  title: 'ElastiCache (Valkey or Redis OSS) cluster takes automatic backups',
  category: 'resilience',
  resourceTypes: ['AWS::ElastiCache::CacheCluster', 'AWS::ElastiCache::ReplicationGroup'],
  awsSide:
    'ElastiCache takes a daily snapshot of a Valkey or Redis OSS cluster to Amazon S3 and keeps it for SnapshotRetentionLimit days; the default is 0, which turns automatic backups off.',
  customerSide:
    "Whether cached data can be restored after a failure or a bad write is the customer's decision: automatic backups must be turned on with a retention that fits the recovery objectives.",
  severity: 'warning',
  remediation: { l1: 'SnapshotRetentionLimit: 1 or more (days)' },
  controls: { fsbp: ['ElastiCache.1'], nist: [...NIST.backups] },
  sources: [
    `${ELASTICACHE_CONTROLS}#elasticache-1`,
    `${CFN_REPLICATION_GROUP}#cfn-elasticache-replicationgroup-snapshotretentionlimit`,
    `${CFN_CACHE_CLUSTER}#cfn-elasticache-cachecluster-snapshotretentionlimit`,
  ],
  messages: {
    notSet: 'SnapshotRetentionLimit is not set, so automatic backups are off (default 0).',
    disabled: 'SnapshotRetentionLimit is 0, so automatic backups are off.',
  },
  evaluate(ctx) {
    const engine = cacheEngine(ctx.resource.type, ctx.props);
    if (!isRedisCompatible(engine)) return notApplicable(`automatic backups exist for Valkey and Redis OSS, not engine ${engine}`);
    const days = ctx.props.at('SnapshotRetentionLimit').num();
    if (days !== undefined && days >= 1) return configured(`SnapshotRetentionLimit is ${days} days`);
    return unconfigured(days === 0 ? 'disabled' : 'notSet');
  },
});
