import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { group, node } from './fixtures';

dutyCases('elasticache-auto-minor-version-upgrade', [
  { name: 'the replication group keeps its defaults (not opted out)', build: (s) => group(s), path: 'Cache', expect: 'configured' },
  {
    name: 'the replication group sets AutoMinorVersionUpgrade',
    build: (s) => group(s, { autoMinorVersionUpgrade: true }),
    path: 'Cache',
    expect: 'configured',
  },
  {
    name: 'the replication group opts out',
    build: (s) => group(s, { autoMinorVersionUpgrade: false }),
    path: 'Cache',
    expect: 'unconfigured',
  },
  {
    name: 'the cache cluster opts out by an escape-hatch override',
    build: (s) => node(s).addPropertyOverride('AutoMinorVersionUpgrade', false),
    path: 'Node',
    expect: 'unconfigured',
  },
  {
    name: 'AutoMinorVersionUpgrade is a parameter',
    build: (s) => group(s).addPropertyOverride('AutoMinorVersionUpgrade', parameter(s)),
    path: 'Cache',
    expect: 'unknown',
  },
  { name: 'the cache cluster runs Memcached', build: (s) => node(s, { engine: 'memcached' }), path: 'Node', expect: 'not-applicable' },
]);
