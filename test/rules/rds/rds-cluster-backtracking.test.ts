import { Duration } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { AURORA_PG, cluster, override, parameter, rawCluster } from './fixtures';

dutyCases('rds-cluster-backtracking', [
  {
    name: 'the L2 Aurora MySQL cluster sets a backtrack window',
    build: (s) => cluster(s, { backtrackWindow: Duration.hours(24) }),
    path: 'Cluster',
    expect: 'configured',
  },
  { name: 'the L2 Aurora MySQL cluster keeps its defaults', build: (s) => cluster(s), path: 'Cluster', expect: 'unconfigured' },
  {
    name: 'an L1 cluster sets BacktrackWindow 0',
    build: (s) => rawCluster(s, { backtrackWindow: 0 }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'the window is set by an escape-hatch override',
    build: (s) => override(cluster(s), 'BacktrackWindow', 3600),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'BacktrackWindow is a parameter',
    build: (s) => override(cluster(s), 'BacktrackWindow', parameter(s, 'Window', 'Number')),
    path: 'Cluster',
    expect: 'unknown',
  },
  {
    name: 'the cluster runs Aurora PostgreSQL',
    build: (s) => cluster(s, { engine: AURORA_PG }),
    path: 'Cluster',
    expect: 'not-applicable',
  },
]);
