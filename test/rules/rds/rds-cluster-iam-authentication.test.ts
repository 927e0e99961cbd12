import { dutyCases } from '../../harness';
import { AURORA_PG, cluster, override, parameter, rawCluster } from './fixtures';

dutyCases('rds-cluster-iam-authentication', [
  {
    name: 'the L2 cluster sets iamAuthentication',
    build: (s) => cluster(s, { iamAuthentication: true }),
    path: 'Cluster',
    expect: 'configured',
  },
  { name: 'the L2 Aurora MySQL cluster keeps its defaults', build: (s) => cluster(s), path: 'Cluster', expect: 'unconfigured' },
  {
    name: 'the L2 Aurora PostgreSQL cluster keeps its defaults',
    build: (s) => cluster(s, { engine: AURORA_PG }),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 cluster sets EnableIAMDatabaseAuthentication false',
    build: (s) => rawCluster(s, { enableIamDatabaseAuthentication: false }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'IAM authentication is added by an escape-hatch override',
    build: (s) => override(cluster(s), 'EnableIAMDatabaseAuthentication', true),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'EnableIAMDatabaseAuthentication is a parameter',
    build: (s) => override(cluster(s), 'EnableIAMDatabaseAuthentication', parameter(s)),
    path: 'Cluster',
    expect: 'unknown',
  },
  {
    name: 'an L1 Multi-AZ DB cluster of RDS for PostgreSQL (property valid for Aurora only)',
    build: (s) =>
      rawCluster(s, {
        engine: 'postgres',
        engineVersion: '16.4',
        dbClusterInstanceClass: 'db.m6gd.large',
        allocatedStorage: 100,
        storageType: 'io1',
        iops: 1000,
      }),
    path: 'Raw',
    expect: 'not-applicable',
  },
]);
