import * as rds from 'aws-cdk-lib/aws-rds';
import { dutyCases } from '../../harness';
import { MYSQL80, PG14, cluster, instance, parameter, rawInstance } from './fixtures';

dutyCases('rds-instance-require-tls', [
  {
    name: 'the L2 PostgreSQL 16 instance keeps the default parameter group (rds.force_ssl defaults to 1)',
    build: (s) => instance(s),
    path: 'Db',
    expect: 'configured',
  },
  {
    name: 'the L2 PostgreSQL 16 instance has parameters that leave rds.force_ssl at its default',
    build: (s) => instance(s, { parameters: { log_connections: '1' } }),
    path: 'Db',
    expect: 'configured',
  },
  {
    name: 'the L2 PostgreSQL 14 instance keeps the default parameter group (rds.force_ssl defaults to 0)',
    build: (s) => instance(s, { engine: PG14 }),
    path: 'Db',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 PostgreSQL 14 instance sets rds.force_ssl to 1',
    build: (s) => instance(s, { engine: PG14, parameters: { 'rds.force_ssl': '1' } }),
    path: 'Db',
    expect: 'configured',
  },
  {
    name: 'the L2 PostgreSQL 16 instance sets rds.force_ssl to 0',
    build: (s) => instance(s, { parameters: { 'rds.force_ssl': '0' } }),
    path: 'Db',
    expect: 'unconfigured',
  },
  {
    name: 'rds.force_ssl is a parameter',
    build: (s) => instance(s, { engine: PG14, parameters: { 'rds.force_ssl': parameter(s, 'ForceSsl') } }),
    path: 'Db',
    expect: 'unknown',
  },
  {
    name: 'the L2 MySQL 8.0 instance keeps the default parameter group',
    build: (s) => instance(s, { engine: MYSQL80 }),
    path: 'Db',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 MySQL instance sets require_secure_transport ON',
    build: (s) => instance(s, { engine: MYSQL80, parameters: { require_secure_transport: 'ON' } }),
    path: 'Db',
    expect: 'configured',
  },
  {
    name: 'the L2 MySQL instance sets require_secure_transport OFF',
    build: (s) => instance(s, { engine: MYSQL80, parameters: { require_secure_transport: 'OFF' } }),
    path: 'Db',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 MySQL instance gets a TLS-only parameter group by an escape-hatch override',
    build: (s) => {
      const group = new rds.CfnDBParameterGroup(s, 'Group', {
        family: 'mysql8.0',
        description: 'tls',
        parameters: { require_secure_transport: '1' },
      });
      rawInstance(s, { engine: 'mysql', engineVersion: '8.0.40' }).addPropertyOverride('DBParameterGroupName', group.ref);
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'an L1 instance names a parameter group defined outside the app',
    build: (s) => rawInstance(s, { dbParameterGroupName: 'shared-postgres16' }),
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'require_secure_transport is a parameter',
    build: (s) => instance(s, { engine: MYSQL80, parameters: { require_secure_transport: parameter(s) } }),
    path: 'Db',
    expect: 'unknown',
  },
  { name: 'the instance is an Aurora cluster member', build: (s) => cluster(s), path: 'Cluster/writer', expect: 'not-applicable' },
]);
