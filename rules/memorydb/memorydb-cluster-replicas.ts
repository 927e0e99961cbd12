import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_MEMORYDB_CLUSTER } from './helpers';

export default defineDuty({
  id: 'memorydb-cluster-replicas',
  title: 'MemoryDB cluster has at least one replica per shard',
  category: 'resilience',
  resourceTypes: ['AWS::MemoryDB::Cluster'],
  awsSide:
    'MemoryDB stores data durably in a Multi-AZ transaction log and fails a shard over to a replica in another Availability Zone; NumReplicasPerShard defaults to 1.',
  customerSide:
    "Availability of the cluster is the customer's design: with zero replicas a primary node failure makes the shard unavailable until the node is replaced and recovered from the log.",
  severity: 'warning',
  remediation: { l1: 'NumReplicasPerShard: 1 or more (or leave it unset: default 1)' },
  controls: { fsbp: [], nist: [...NIST.highAvailability] },
  sources: [
    `${CFN_MEMORYDB_CLUSTER}#cfn-memorydb-cluster-numreplicaspershard`,
    'https://docs.aws.amazon.com/memorydb/latest/devguide/autofailover.html',
  ],
  messages: {
    none: 'NumReplicasPerShard is 0, so no shard has a replica to fail over to.',
  },
  evaluate(ctx) {
    const replicas = ctx.props.at('NumReplicasPerShard').num();
    if (replicas === 0) return unconfigured('none');
    return configured(replicas === undefined ? 'NumReplicasPerShard is not set (default 1)' : `NumReplicasPerShard is ${replicas}`);
  },
});
