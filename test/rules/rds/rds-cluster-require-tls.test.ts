import * as rds from 'aws-cdk-lib/aws-rds';
import { dutyCases } from '../../harness';
import { AURORA_PG, cluster, parameter, rawCluster } from './fixtures';

dutyCases('rds-cluster-require-tls', [
  {
    name: 'the L2 Aurora MySQL cluster sets require_secure_transport ON',
    build: (s) => cluster(s, { parameters: { require_secure_transport: 'ON' } }),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the L2 Aurora MySQL cluster keeps the default cluster parameter group',
    build: (s) => cluster(s),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 Aurora PostgreSQL cluster keeps the default cluster parameter group',
    build: (s) => cluster(s, { engine: AURORA_PG }),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'fails when an Aurora PostgreSQL 17 cluster keeps the default parameter group (AWS documents rds.force_ssl 0 for Aurora, 1 only for RDS for PostgreSQL)',
    build: (s) => cluster(s, { engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_17_4 }) }),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 Aurora PostgreSQL cluster sets rds.force_ssl to 1',
    build: (s) => cluster(s, { engine: AURORA_PG, parameters: { 'rds.force_ssl': '1' } }),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'an L1 cluster gets a TLS-only parameter group by an escape-hatch override',
    build: (s) => {
      const group = new rds.CfnDBClusterParameterGroup(s, 'Group', {
        family: 'aurora-mysql8.0',
        description: 'tls',
        parameters: { require_secure_transport: 'ON' },
      });
      rawCluster(s).addPropertyOverride('DBClusterParameterGroupName', group.ref);
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'require_secure_transport is a parameter',
    build: (s) => cluster(s, { parameters: { require_secure_transport: parameter(s) } }),
    path: 'Cluster',
    expect: 'unknown',
  },
]);
