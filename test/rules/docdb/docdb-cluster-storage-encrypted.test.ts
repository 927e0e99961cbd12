import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { docCluster, override, rawDocCluster } from './fixtures';

dutyCases('docdb-cluster-storage-encrypted', [
  { name: 'the L2 cluster keeps its defaults (CDK encrypts)', build: (s) => docCluster(s), path: 'Cluster', expect: 'configured' },
  {
    name: 'the L2 cluster turns storageEncrypted off',
    build: (s) => docCluster(s, { storageEncrypted: false }),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  { name: 'an L1 cluster leaves StorageEncrypted unset', build: (s) => rawDocCluster(s), path: 'Raw', expect: 'unconfigured' },
  {
    name: 'an L1 cluster restored from a snapshot inherits encryption',
    build: (s) => rawDocCluster(s, { snapshotIdentifier: 'snap' }),
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'encryption is added by an escape-hatch override',
    build: (s) => rawDocCluster(s).addPropertyOverride('StorageEncrypted', true),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'StorageEncrypted is a parameter',
    build: (s) => override(docCluster(s), 'StorageEncrypted', parameter(s)),
    path: 'Cluster',
    expect: 'unknown',
  },
]);
