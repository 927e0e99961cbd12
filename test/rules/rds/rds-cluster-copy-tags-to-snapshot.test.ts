import { dutyCases } from '../../harness';
import { cluster, override, parameter, rawCluster } from './fixtures';

dutyCases('rds-cluster-copy-tags-to-snapshot', [
  { name: 'the L2 cluster keeps its defaults (CDK copies tags)', build: (s) => cluster(s), path: 'Cluster', expect: 'configured' },
  {
    name: 'the L2 cluster turns copyTagsToSnapshot off',
    build: (s) => cluster(s, { copyTagsToSnapshot: false }),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  { name: 'an L1 cluster leaves CopyTagsToSnapshot unset', build: (s) => rawCluster(s), path: 'Raw', expect: 'unconfigured' },
  {
    name: 'copying is turned on by an escape-hatch override',
    build: (s) => rawCluster(s).addPropertyOverride('CopyTagsToSnapshot', true),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'CopyTagsToSnapshot is a parameter',
    build: (s) => override(cluster(s), 'CopyTagsToSnapshot', parameter(s)),
    path: 'Cluster',
    expect: 'unknown',
  },
]);
