import * as rds from 'aws-cdk-lib/aws-rds';
import { dutyCases } from '../../harness';
import { cluster, isolatedVpc, override, parameter, rawCluster } from './fixtures';

dutyCases('rds-cluster-storage-encrypted', [
  {
    name: 'the L2 cluster sets storageEncrypted',
    build: (s) => cluster(s, { storageEncrypted: true }),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the L2 Aurora cluster keeps its defaults (CDK sets no StorageEncrypted; Aurora encrypts new clusters by default)',
    build: (s) => cluster(s),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the L2 Aurora Serverless v1 cluster (CDK always encrypts it)',
    build: (s) =>
      new rds.ServerlessCluster(s, 'Serverless', {
        engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_13_12 }),
        ...isolatedVpc(s),
      }),
    path: 'Serverless',
    expect: 'configured',
  },
  {
    name: 'an L1 Aurora cluster sets StorageEncrypted false (new Aurora clusters are encrypted regardless)',
    build: (s) => rawCluster(s, { storageEncrypted: false }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'fails when an L1 Multi-AZ DB cluster (RDS for PostgreSQL) sets no StorageEncrypted',
    build: (s) =>
      rawCluster(s, {
        engine: 'postgres',
        engineVersion: '16.4',
        dbClusterInstanceClass: 'db.m6gd.large',
        storageType: 'io1',
        iops: 1000,
        allocatedStorage: 100,
      }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'fails when an L1 Multi-AZ DB cluster sets StorageEncrypted false',
    build: (s) => rawCluster(s, { engine: 'mysql', dbClusterInstanceClass: 'db.m6gd.large', storageEncrypted: false }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 cluster restored from a snapshot inherits encryption',
    build: (s) =>
      rawCluster(s, { snapshotIdentifier: 'arn:aws:rds:us-east-1:111111111111:cluster-snapshot:snap', masterUsername: undefined }),
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'encryption is added by an escape-hatch override',
    build: (s) => override(cluster(s), 'StorageEncrypted', true),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'StorageEncrypted is a parameter',
    build: (s) => override(cluster(s), 'StorageEncrypted', parameter(s)),
    path: 'Cluster',
    expect: 'unknown',
  },
]);
