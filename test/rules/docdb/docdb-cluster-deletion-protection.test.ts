import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { docCluster, override, rawDocCluster } from './fixtures';

dutyCases('docdb-cluster-deletion-protection', [
  {
    name: 'the L2 cluster sets deletionProtection',
    build: (s) => docCluster(s, { deletionProtection: true }),
    path: 'Cluster',
    expect: 'configured',
  },
  { name: 'the L2 cluster keeps its defaults', build: (s) => docCluster(s), path: 'Cluster', expect: 'unconfigured' },
  {
    name: 'an L1 cluster sets DeletionProtection false',
    build: (s) => rawDocCluster(s, { deletionProtection: false }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'deletion protection is added by an escape-hatch override',
    build: (s) => override(docCluster(s), 'DeletionProtection', true),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'DeletionProtection is a parameter',
    build: (s) => override(docCluster(s), 'DeletionProtection', parameter(s)),
    path: 'Cluster',
    expect: 'unknown',
  },
]);
