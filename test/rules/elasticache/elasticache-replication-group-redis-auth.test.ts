import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { group } from './fixtures';

const redis5 = { engine: 'redis', engineVersion: '5.0.6' };

dutyCases('elasticache-replication-group-redis-auth', [
  {
    name: 'a Redis OSS 5 group sets an AUTH token',
    build: (s) => group(s, { ...redis5, transitEncryptionEnabled: true, authToken: '{{resolve:secretsmanager:cache-auth}}' }),
    path: 'Cache',
    expect: 'configured',
  },
  { name: 'a Redis OSS 5 group has no AUTH token', build: (s) => group(s, redis5), path: 'Cache', expect: 'unconfigured' },
  {
    name: 'the AUTH token is added by an escape-hatch override',
    build: (s) => group(s, redis5).addPropertyOverride('AuthToken', '{{resolve:secretsmanager:cache-auth}}'),
    path: 'Cache',
    expect: 'configured',
  },
  {
    name: 'the engine version is a parameter',
    build: (s) => group(s, { engine: 'redis', engineVersion: parameter(s) }),
    path: 'Cache',
    expect: 'unknown',
  },
  { name: 'the group runs Valkey (RBAC available)', build: (s) => group(s), path: 'Cache', expect: 'not-applicable' },
  {
    name: 'the group runs Redis OSS 7.1 (RBAC available)',
    build: (s) => group(s, { engine: 'redis', engineVersion: '7.1' }),
    path: 'Cache',
    expect: 'not-applicable',
  },
]);
