import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_CACHE_CLUSTER, CFN_REPLICATION_GROUP, ELASTICACHE_CONTROLS, cacheEngine, isRedisCompatible } from './helpers';

export default defineDuty({
  id: 'elasticache-auto-minor-version-upgrade',
  title: 'ElastiCache (Valkey or Redis OSS) cluster receives minor version upgrades automatically',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::ElastiCache::CacheCluster', 'AWS::ElastiCache::ReplicationGroup'],
  awsSide:
    'AWS patches the cache nodes and publishes minor engine versions with security fixes; for Valkey 7.2 and later and Redis OSS 6.0 and later, AutoMinorVersionUpgrade opts the cluster in to the automatic minor version upgrade campaigns.',
  customerSide:
    'Keeping the cache engine patched is shared: AWS ships the fixes, but the customer must not opt out of automatic minor version upgrades.',
  severity: 'warning',
  remediation: { l1: 'AutoMinorVersionUpgrade: true (or leave it unset; only an explicit false is flagged)' },
  controls: { fsbp: ['ElastiCache.2'], nist: [...NIST.patching] },
  sources: [
    `${ELASTICACHE_CONTROLS}#elasticache-2`,
    `${CFN_REPLICATION_GROUP}#cfn-elasticache-replicationgroup-autominorversionupgrade`,
    `${CFN_CACHE_CLUSTER}#cfn-elasticache-cachecluster-autominorversionupgrade`,
  ],
  messages: {
    disabled: 'AutoMinorVersionUpgrade is false, so the cluster opts out of automatic minor version upgrades.',
  },
  evaluate(ctx) {
    const engine = cacheEngine(ctx.resource.type, ctx.props);
    if (!isRedisCompatible(engine)) return notApplicable(`ElastiCache.2 evaluates Valkey and Redis OSS clusters, not engine ${engine}`);
    const value = ctx.props.at('AutoMinorVersionUpgrade').bool();
    if (value === false) return unconfigured('disabled');
    return configured(value === true ? 'AutoMinorVersionUpgrade is true' : 'AutoMinorVersionUpgrade is not set (not opted out)');
  },
});
