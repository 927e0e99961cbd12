import { Duration } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { docCluster, override, rawDocCluster } from './fixtures';

dutyCases('docdb-cluster-backup-retention', [
  {
    name: 'the L2 cluster keeps backups for 7 days',
    build: (s) => docCluster(s, { backup: { retention: Duration.days(7) } }),
    path: 'Cluster',
    expect: 'configured',
  },
  { name: 'the L2 cluster keeps its defaults (1 day)', build: (s) => docCluster(s), path: 'Cluster', expect: 'unconfigured' },
  {
    name: 'an L1 cluster keeps backups for 5 days',
    build: (s) => rawDocCluster(s, { backupRetentionPeriod: 5 }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'the retention is raised by an escape-hatch override',
    build: (s) => override(docCluster(s), 'BackupRetentionPeriod', 14),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'BackupRetentionPeriod is a parameter',
    build: (s) => override(docCluster(s), 'BackupRetentionPeriod', parameter(s, 'Days', 'Number')),
    path: 'Cluster',
    expect: 'unknown',
  },
]);
