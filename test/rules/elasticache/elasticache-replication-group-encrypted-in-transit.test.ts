import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { group } from './fixtures';

dutyCases('elasticache-replication-group-encrypted-in-transit', [
  {
    name: 'the replication group enables in-transit encryption',
    build: (s) => group(s, { transitEncryptionEnabled: true }),
    path: 'Cache',
    expect: 'configured',
  },
  {
    name: 'the replication group requires TLS',
    build: (s) => group(s, { transitEncryptionEnabled: true, transitEncryptionMode: 'required' }),
    path: 'Cache',
    expect: 'configured',
  },
  { name: 'the replication group keeps its defaults', build: (s) => group(s), path: 'Cache', expect: 'unconfigured' },
  {
    name: 'the replication group only prefers TLS',
    build: (s) => group(s, { transitEncryptionEnabled: true, transitEncryptionMode: 'preferred' }),
    path: 'Cache',
    expect: 'unconfigured',
  },
  {
    name: 'encryption is added by an escape-hatch override',
    build: (s) => group(s).addPropertyOverride('TransitEncryptionEnabled', true),
    path: 'Cache',
    expect: 'configured',
  },
  {
    name: 'TransitEncryptionEnabled is a parameter',
    build: (s) => group(s).addPropertyOverride('TransitEncryptionEnabled', parameter(s)),
    path: 'Cache',
    expect: 'unknown',
  },
]);
