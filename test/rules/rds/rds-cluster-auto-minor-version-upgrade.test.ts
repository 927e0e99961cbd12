import { dutyCases } from '../../harness';
import { cluster, override, parameter, rawCluster } from './fixtures';

dutyCases('rds-cluster-auto-minor-version-upgrade', [
  { name: 'the L2 cluster keeps its defaults (RDS default on)', build: (s) => cluster(s), path: 'Cluster', expect: 'configured' },
  {
    name: 'the L2 cluster sets autoMinorVersionUpgrade',
    build: (s) => cluster(s, { autoMinorVersionUpgrade: true }),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the L2 cluster turns autoMinorVersionUpgrade off',
    build: (s) => cluster(s, { autoMinorVersionUpgrade: false }),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 cluster sets AutoMinorVersionUpgrade false',
    build: (s) => rawCluster(s, { autoMinorVersionUpgrade: false }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'upgrades are turned off by an escape-hatch override',
    build: (s) => override(cluster(s), 'AutoMinorVersionUpgrade', false),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'AutoMinorVersionUpgrade is a parameter',
    build: (s) => override(cluster(s), 'AutoMinorVersionUpgrade', parameter(s)),
    path: 'Cluster',
    expect: 'unknown',
  },
]);
