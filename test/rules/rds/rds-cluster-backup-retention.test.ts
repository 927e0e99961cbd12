import { Duration } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { cluster, override, parameter, rawCluster } from './fixtures';

dutyCases('rds-cluster-backup-retention', [
  {
    name: 'the L2 cluster keeps backups for 7 days',
    build: (s) => cluster(s, { backup: { retention: Duration.days(7) } }),
    path: 'Cluster',
    expect: 'configured',
  },
  { name: 'the L2 cluster keeps its defaults (1 day)', build: (s) => cluster(s), path: 'Cluster', expect: 'unconfigured' },
  {
    name: 'an L1 cluster keeps backups for 2 days',
    build: (s) => rawCluster(s, { backupRetentionPeriod: 2 }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'the retention is raised by an escape-hatch override',
    build: (s) => override(cluster(s), 'BackupRetentionPeriod', 35),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'BackupRetentionPeriod is a parameter',
    build: (s) => override(cluster(s), 'BackupRetentionPeriod', parameter(s, 'Days', 'Number')),
    path: 'Cluster',
    expect: 'unknown',
  },
]);
