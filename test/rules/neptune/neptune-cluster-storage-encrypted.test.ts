import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { graph } from './fixtures';

dutyCases('neptune-cluster-storage-encrypted', [
  { name: 'the cluster sets StorageEncrypted', build: (s) => graph(s, { storageEncrypted: true }), path: 'Graph', expect: 'configured' },
  { name: 'the cluster keeps its defaults', build: (s) => graph(s), path: 'Graph', expect: 'unconfigured' },
  {
    name: 'the cluster sets StorageEncrypted false',
    build: (s) => graph(s, { storageEncrypted: false }),
    path: 'Graph',
    expect: 'unconfigured',
  },
  {
    name: 'encryption is added by an escape-hatch override',
    build: (s) => graph(s).addPropertyOverride('StorageEncrypted', true),
    path: 'Graph',
    expect: 'configured',
  },
  {
    name: 'the cluster is restored from a snapshot',
    build: (s) => graph(s, { snapshotIdentifier: 'snap' }),
    path: 'Graph',
    expect: 'unknown',
  },
  {
    name: 'StorageEncrypted is a parameter',
    build: (s) => graph(s).addPropertyOverride('StorageEncrypted', parameter(s)),
    path: 'Graph',
    expect: 'unknown',
  },
]);
