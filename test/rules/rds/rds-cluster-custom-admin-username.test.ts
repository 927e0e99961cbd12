import * as rds from 'aws-cdk-lib/aws-rds';
import { dutyCases } from '../../harness';
import { AURORA_PG, cluster, override, parameter, rawCluster } from './fixtures';

dutyCases('rds-cluster-custom-admin-username', [
  {
    name: 'the L2 cluster generates a secret for a custom user',
    build: (s) => cluster(s, { credentials: rds.Credentials.fromGeneratedSecret('dbmaster') }),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the L2 Aurora MySQL cluster keeps its defaults (generated user "admin")',
    build: (s) => cluster(s),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 Aurora PostgreSQL cluster keeps its defaults (generated user "postgres")',
    build: (s) => cluster(s, { engine: AURORA_PG }),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 cluster sets MasterUsername postgres',
    build: (s) => rawCluster(s, { masterUsername: 'postgres' }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'the user name is changed by an escape-hatch override',
    build: (s) => override(cluster(s), 'MasterUsername', 'ops_owner'),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'MasterUsername is a parameter',
    build: (s) => override(cluster(s), 'MasterUsername', parameter(s)),
    path: 'Cluster',
    expect: 'unknown',
  },
]);
