import * as rds from 'aws-cdk-lib/aws-rds';
import { dutyCases } from '../../harness';
import { MYSQL80, cluster, instance, override, parameter, rawInstance } from './fixtures';

dutyCases('rds-instance-custom-admin-username', [
  {
    name: 'the L2 instance generates a secret for a custom user',
    build: (s) => instance(s, { credentials: rds.Credentials.fromGeneratedSecret('dbmaster') }),
    path: 'Db',
    expect: 'configured',
  },
  {
    name: 'the L2 PostgreSQL instance keeps its defaults (generated user "postgres")',
    build: (s) => instance(s),
    path: 'Db',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 MySQL instance keeps its defaults (generated user "admin")',
    build: (s) => instance(s, { engine: MYSQL80 }),
    path: 'Db',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 instance sets MasterUsername admin',
    build: (s) => rawInstance(s, { masterUsername: 'admin' }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  { name: 'an L1 instance sets MasterUsername dbmaster', build: (s) => rawInstance(s), path: 'Raw', expect: 'configured' },
  {
    name: 'the user name is changed by an escape-hatch override',
    build: (s) => override(instance(s), 'MasterUsername', 'ops_owner'),
    path: 'Db',
    expect: 'configured',
  },
  {
    name: 'MasterUsername is a parameter',
    build: (s) => override(instance(s), 'MasterUsername', parameter(s)),
    path: 'Db',
    expect: 'unknown',
  },
  { name: 'the instance is an Aurora cluster member', build: (s) => cluster(s), path: 'Cluster/writer', expect: 'not-applicable' },
]);
