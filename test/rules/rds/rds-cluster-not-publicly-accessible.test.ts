import { dutyCases } from '../../harness';
import { cluster, parameter, rawCluster } from './fixtures';

const multiAz = {
  engine: 'postgres',
  engineVersion: '16.4',
  dbClusterInstanceClass: 'db.m6gd.large',
  allocatedStorage: 100,
  storageType: 'io1',
  iops: 1000,
};

dutyCases('rds-cluster-not-publicly-accessible', [
  {
    name: 'a Multi-AZ DB cluster sets PubliclyAccessible false',
    build: (s) => rawCluster(s, { ...multiAz, publiclyAccessible: false }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'a Multi-AZ DB cluster names its own subnet group',
    build: (s) => rawCluster(s, { ...multiAz, dbSubnetGroupName: 'private-db' }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'a Multi-AZ DB cluster has no subnet group (RDS defaults to public)',
    build: (s) => rawCluster(s, multiAz),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'public access is turned on by an escape-hatch override',
    build: (s) => rawCluster(s, multiAz).addPropertyOverride('PubliclyAccessible', true),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'PubliclyAccessible is a parameter',
    build: (s) => rawCluster(s, { ...multiAz, publiclyAccessible: parameter(s) as unknown as boolean }),
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'the L2 Aurora cluster (public access is set per instance)',
    build: (s) => cluster(s),
    path: 'Cluster',
    expect: 'not-applicable',
  },
]);
