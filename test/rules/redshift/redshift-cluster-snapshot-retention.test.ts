import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { warehouse } from './fixtures';

dutyCases('redshift-cluster-snapshot-retention', [
  {
    name: 'the cluster keeps snapshots for 7 days',
    build: (s) => warehouse(s, { automatedSnapshotRetentionPeriod: 7 }),
    path: 'Warehouse',
    expect: 'configured',
  },
  { name: 'the cluster keeps its defaults (1 day)', build: (s) => warehouse(s), path: 'Warehouse', expect: 'unconfigured' },
  {
    name: 'the cluster turns automated snapshots off',
    build: (s) => warehouse(s, { automatedSnapshotRetentionPeriod: 0 }),
    path: 'Warehouse',
    expect: 'unconfigured',
  },
  {
    name: 'the retention is raised by an escape-hatch override',
    build: (s) => warehouse(s).addPropertyOverride('AutomatedSnapshotRetentionPeriod', 14),
    path: 'Warehouse',
    expect: 'configured',
  },
  {
    name: 'the retention is a parameter',
    build: (s) => warehouse(s).addPropertyOverride('AutomatedSnapshotRetentionPeriod', parameter(s, 'Days', 'Number')),
    path: 'Warehouse',
    expect: 'unknown',
  },
]);
