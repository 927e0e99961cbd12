import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { graph } from './fixtures';

dutyCases('neptune-cluster-backup-retention', [
  {
    name: 'the cluster keeps backups for 7 days',
    build: (s) => graph(s, { backupRetentionPeriod: 7 }),
    path: 'Graph',
    expect: 'configured',
  },
  { name: 'the cluster keeps its defaults (1 day)', build: (s) => graph(s), path: 'Graph', expect: 'unconfigured' },
  {
    name: 'the cluster keeps backups for 3 days',
    build: (s) => graph(s, { backupRetentionPeriod: 3 }),
    path: 'Graph',
    expect: 'unconfigured',
  },
  {
    name: 'the retention is raised by an escape-hatch override',
    build: (s) => graph(s).addPropertyOverride('BackupRetentionPeriod', 10),
    path: 'Graph',
    expect: 'configured',
  },
  {
    name: 'BackupRetentionPeriod is a parameter',
    build: (s) => graph(s).addPropertyOverride('BackupRetentionPeriod', parameter(s, 'Days', 'Number')),
    path: 'Graph',
    expect: 'unknown',
  },
]);
