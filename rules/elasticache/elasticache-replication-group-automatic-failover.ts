import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CFN_REPLICATION_GROUP, ELASTICACHE_CONTROLS } from './helpers';

export default defineDuty({
  id: 'elasticache-replication-group-automatic-failover',
  title: 'ElastiCache replication group has automatic failover enabled',
  category: 'resilience',
  resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
  awsSide:
    'With automatic failover ElastiCache promotes a read replica to primary when the primary node fails; AutomaticFailoverEnabled defaults to false and needs at least one replica.',
  customerSide:
    "Availability of the cache is the customer's design: without replicas and automatic failover a primary node failure means writes fail until the node is replaced.",
  severity: 'warning',
  remediation: { l1: 'AutomaticFailoverEnabled: true with NumCacheClusters of 2 or more (or ReplicasPerNodeGroup of 1 or more)' },
  controls: { fsbp: ['ElastiCache.3'], nist: ['CP-10', 'SC-36', 'SC-5(2)', 'SI-13(5)'] },
  sources: [
    `${ELASTICACHE_CONTROLS}#elasticache-3`,
    `${CFN_REPLICATION_GROUP}#cfn-elasticache-replicationgroup-automaticfailoverenabled`,
    'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html',
  ],
  messages: {
    notSet: 'AutomaticFailoverEnabled is not set, so automatic failover is off (default false).',
    disabled: 'AutomaticFailoverEnabled is false.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('AutomaticFailoverEnabled').bool();
    if (value === true) return configured('AutomaticFailoverEnabled is true');
    return unconfigured(value === false ? 'disabled' : 'notSet');
  },
});
