import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { memCluster } from './fixtures';

dutyCases('memorydb-cluster-auto-minor-version-upgrade', [
  { name: 'the cluster keeps its defaults', build: (s) => memCluster(s), path: 'Mem', expect: 'configured' },
  {
    name: 'the cluster sets AutoMinorVersionUpgrade',
    build: (s) => memCluster(s, { autoMinorVersionUpgrade: true }),
    path: 'Mem',
    expect: 'configured',
  },
  { name: 'the cluster opts out', build: (s) => memCluster(s, { autoMinorVersionUpgrade: false }), path: 'Mem', expect: 'unconfigured' },
  {
    name: 'upgrades are turned off by an escape-hatch override',
    build: (s) => memCluster(s).addPropertyOverride('AutoMinorVersionUpgrade', false),
    path: 'Mem',
    expect: 'unconfigured',
  },
  {
    name: 'AutoMinorVersionUpgrade is a parameter',
    build: (s) => memCluster(s).addPropertyOverride('AutoMinorVersionUpgrade', parameter(s)),
    path: 'Mem',
    expect: 'unknown',
  },
]);
