import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_CACHE_CLUSTER, CFN_REPLICATION_GROUP, ELASTICACHE_CONTROLS } from './helpers';

export default defineDuty({
  id: 'elasticache-cluster-not-default-subnet-group',
  title: 'ElastiCache cluster does not use the default subnet group',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::ElastiCache::CacheCluster', 'AWS::ElastiCache::ReplicationGroup'],
  awsSide:
    'Without CacheSubnetGroupName, ElastiCache places the cluster in the subnet group "default", which it creates from the subnets of the default VPC.',
  customerSide:
    "Network placement of the cache is the customer's: a custom subnet group limits the cluster to the intended private subnets and the network controls around them.",
  severity: 'warning',
  remediation: { l1: 'CacheSubnetGroupName: an AWS::ElastiCache::SubnetGroup of private subnets' },
  controls: { fsbp: ['ElastiCache.7'], nist: [...NIST.publicAccess] },
  sources: [
    `${ELASTICACHE_CONTROLS}#elasticache-7`,
    `${CFN_CACHE_CLUSTER}#cfn-elasticache-cachecluster-cachesubnetgroupname`,
    `${CFN_REPLICATION_GROUP}#cfn-elasticache-replicationgroup-cachesubnetgroupname`,
    'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/SubnetGroups.html',
  ],
  messages: {
    notSet: 'CacheSubnetGroupName is not set, so the cluster uses the default subnet group (subnets of the default VPC).',
    isDefault: 'CacheSubnetGroupName is "default".',
  },
  evaluate(ctx) {
    const group = ctx.props.at('CacheSubnetGroupName');
    if (!group.isSet()) return unconfigured('notSet');
    const target = ctx.target(group);
    if (target) return configured(`CacheSubnetGroupName refers to ${target.logicalId}`);
    const name = group.str()!;
    if (name.toLowerCase() === 'default') return unconfigured('isDefault');
    return configured(`CacheSubnetGroupName is "${name}"`);
  },
});
