import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { group, node } from './fixtures';

dutyCases('elasticache-redis-automatic-backups', [
  {
    name: 'the replication group keeps snapshots for 7 days',
    build: (s) => group(s, { snapshotRetentionLimit: 7 }),
    path: 'Cache',
    expect: 'configured',
  },
  { name: 'the replication group keeps its defaults (0 days)', build: (s) => group(s), path: 'Cache', expect: 'unconfigured' },
  {
    name: 'a Redis OSS cache cluster sets SnapshotRetentionLimit 0',
    build: (s) => node(s, { snapshotRetentionLimit: 0 }),
    path: 'Node',
    expect: 'unconfigured',
  },
  {
    name: 'backups are turned on by an escape-hatch override',
    build: (s) => node(s).addPropertyOverride('SnapshotRetentionLimit', 3),
    path: 'Node',
    expect: 'configured',
  },
  {
    name: 'SnapshotRetentionLimit is a parameter',
    build: (s) => group(s).addPropertyOverride('SnapshotRetentionLimit', parameter(s, 'Days', 'Number')),
    path: 'Cache',
    expect: 'unknown',
  },
  { name: 'the cache cluster runs Memcached', build: (s) => node(s, { engine: 'memcached' }), path: 'Node', expect: 'not-applicable' },
]);
