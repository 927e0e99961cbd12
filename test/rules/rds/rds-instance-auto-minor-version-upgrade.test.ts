import { Fn } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { cluster, instance, override, rawInstance } from './fixtures';

dutyCases('rds-instance-auto-minor-version-upgrade', [
  { name: 'the L2 instance keeps its defaults (RDS default on)', build: (s) => instance(s), path: 'Db', expect: 'configured' },
  {
    name: 'the L2 instance sets autoMinorVersionUpgrade',
    build: (s) => instance(s, { autoMinorVersionUpgrade: true }),
    path: 'Db',
    expect: 'configured',
  },
  {
    name: 'the L2 instance turns autoMinorVersionUpgrade off',
    build: (s) => instance(s, { autoMinorVersionUpgrade: false }),
    path: 'Db',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 instance sets AutoMinorVersionUpgrade false',
    build: (s) => rawInstance(s, { autoMinorVersionUpgrade: false }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  { name: 'the Aurora writer keeps its defaults', build: (s) => cluster(s), path: 'Cluster/writer', expect: 'configured' },
  {
    name: 'upgrades are turned off by an escape-hatch override',
    build: (s) => override(instance(s), 'AutoMinorVersionUpgrade', false),
    path: 'Db',
    expect: 'unconfigured',
  },
  {
    name: 'AutoMinorVersionUpgrade is imported from another stack',
    build: (s) => override(instance(s), 'AutoMinorVersionUpgrade', Fn.importValue('AutoUpgrade')),
    path: 'Db',
    expect: 'unknown',
  },
]);
