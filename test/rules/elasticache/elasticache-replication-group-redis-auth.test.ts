import { Fn } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { group } from './fixtures';

const redis5 = { engine: 'redis', engineVersion: '5.0.6' };
const token = '{{resolve:secretsmanager:cache-auth}}';

dutyCases('elasticache-replication-group-redis-auth', [
  {
    name: 'a Redis OSS 5 group sets an AUTH token',
    build: (s) => group(s, { ...redis5, transitEncryptionEnabled: true, authToken: token }),
    path: 'Cache',
    expect: 'configured',
  },
  { name: 'a Redis OSS 5 group has no AUTH token', build: (s) => group(s, redis5), path: 'Cache', expect: 'unconfigured' },
  {
    name: 'the AUTH token is added by an escape-hatch override',
    build: (s) => group(s, redis5).addPropertyOverride('AuthToken', token),
    path: 'Cache',
    expect: 'configured',
  },
  {
    name: 'a Valkey group attaches a user group (RBAC)',
    build: (s) => group(s, { transitEncryptionEnabled: true, userGroupIds: ['app-users'] }),
    path: 'Cache',
    expect: 'configured',
  },
  {
    name: 'fails when a Valkey group with transit encryption has neither AUTH token nor user group (the default user is open)',
    build: (s) => group(s, { transitEncryptionEnabled: true }),
    path: 'Cache',
    expect: 'unconfigured',
  },
  {
    name: 'fails when a Redis OSS 7.1 group has neither AUTH token nor user group',
    build: (s) => group(s, { engine: 'redis', engineVersion: '7.1', transitEncryptionEnabled: true }),
    path: 'Cache',
    expect: 'unconfigured',
  },
  {
    name: 'the user groups are a parameter',
    build: (s) => group(s, { transitEncryptionEnabled: true, userGroupIds: Fn.split(',', parameter(s)) }),
    path: 'Cache',
    expect: 'unknown',
  },
]);
