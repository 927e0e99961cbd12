import { RemovalPolicy } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { cluster, override, parameter, rawCluster } from './fixtures';

dutyCases('rds-cluster-deletion-protection', [
  {
    name: 'the L2 cluster sets deletionProtection',
    build: (s) => cluster(s, { deletionProtection: true }),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the L2 cluster has removalPolicy RETAIN (CDK turns deletion protection on)',
    build: (s) => cluster(s, { removalPolicy: RemovalPolicy.RETAIN }),
    path: 'Cluster',
    expect: 'configured',
  },
  { name: 'the L2 cluster keeps its defaults', build: (s) => cluster(s), path: 'Cluster', expect: 'unconfigured' },
  {
    name: 'an L1 cluster sets DeletionProtection false',
    build: (s) => rawCluster(s, { deletionProtection: false }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'deletion protection is added by an escape-hatch override',
    build: (s) => override(cluster(s), 'DeletionProtection', true),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'DeletionProtection is a parameter',
    build: (s) => override(cluster(s), 'DeletionProtection', parameter(s)),
    path: 'Cluster',
    expect: 'unknown',
  },
]);
