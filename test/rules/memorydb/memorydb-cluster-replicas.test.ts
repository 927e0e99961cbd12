import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { memCluster } from './fixtures';

dutyCases('memorydb-cluster-replicas', [
  { name: 'the cluster keeps its defaults (1 replica per shard)', build: (s) => memCluster(s), path: 'Mem', expect: 'configured' },
  {
    name: 'the cluster sets 2 replicas per shard',
    build: (s) => memCluster(s, { numReplicasPerShard: 2 }),
    path: 'Mem',
    expect: 'configured',
  },
  {
    name: 'the cluster sets 0 replicas per shard',
    build: (s) => memCluster(s, { numReplicasPerShard: 0 }),
    path: 'Mem',
    expect: 'unconfigured',
  },
  {
    name: 'replicas are removed by an escape-hatch override',
    build: (s) => memCluster(s).addPropertyOverride('NumReplicasPerShard', 0),
    path: 'Mem',
    expect: 'unconfigured',
  },
  {
    name: 'NumReplicasPerShard is a parameter',
    build: (s) => memCluster(s).addPropertyOverride('NumReplicasPerShard', parameter(s, 'Replicas', 'Number')),
    path: 'Mem',
    expect: 'unknown',
  },
]);
