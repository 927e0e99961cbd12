import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { group } from './fixtures';

dutyCases('elasticache-replication-group-encrypted-at-rest', [
  {
    name: 'the replication group enables at-rest encryption',
    build: (s) => group(s, { atRestEncryptionEnabled: true }),
    path: 'Cache',
    expect: 'configured',
  },
  { name: 'the replication group keeps its defaults', build: (s) => group(s), path: 'Cache', expect: 'unconfigured' },
  {
    name: 'the replication group disables at-rest encryption',
    build: (s) => group(s, { atRestEncryptionEnabled: false }),
    path: 'Cache',
    expect: 'unconfigured',
  },
  {
    name: 'encryption is added by an escape-hatch override',
    build: (s) => group(s).addPropertyOverride('AtRestEncryptionEnabled', true),
    path: 'Cache',
    expect: 'configured',
  },
  {
    name: 'AtRestEncryptionEnabled is a parameter',
    build: (s) => group(s).addPropertyOverride('AtRestEncryptionEnabled', parameter(s)),
    path: 'Cache',
    expect: 'unknown',
  },
]);
