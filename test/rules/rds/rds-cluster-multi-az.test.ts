import { Fn } from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import { conditionOn, dutyCases } from '../../harness';
import { cluster, parameter, rawCluster } from './fixtures';

dutyCases('rds-cluster-multi-az', [
  {
    name: 'the L2 cluster has a writer and a reader',
    build: (s) => cluster(s, { readers: [rds.ClusterInstance.provisioned('reader')] }),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the L2 cluster has a Serverless v2 reader',
    build: (s) => cluster(s, { readers: [rds.ClusterInstance.serverlessV2('reader')] }),
    path: 'Cluster',
    expect: 'configured',
  },
  { name: 'the L2 cluster keeps a single writer', build: (s) => cluster(s), path: 'Cluster', expect: 'unconfigured' },
  {
    name: 'an L1 cluster has two instances pinned to the same Availability Zone',
    build: (s) => {
      const c = rawCluster(s);
      for (const id of ['A', 'B'])
        new rds.CfnDBInstance(s, id, {
          dbClusterIdentifier: c.ref,
          engine: 'aurora-mysql',
          dbInstanceClass: 'db.r6g.large',
          availabilityZone: 'us-east-1a',
        });
    },
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 Multi-AZ DB cluster (three zones by design)',
    build: (s) =>
      rawCluster(s, {
        engine: 'mysql',
        engineVersion: '8.0.40',
        dbClusterInstanceClass: 'db.m6gd.large',
        allocatedStorage: 100,
        storageType: 'io1',
        iops: 1000,
      }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: "the second instance's zone is a parameter and the first is pinned",
    build: (s) => {
      const c = rawCluster(s);
      new rds.CfnDBInstance(s, 'A', {
        dbClusterIdentifier: c.ref,
        engine: 'aurora-mysql',
        dbInstanceClass: 'db.r6g.large',
        availabilityZone: 'us-east-1a',
      });
      new rds.CfnDBInstance(s, 'B', {
        dbClusterIdentifier: c.ref,
        engine: 'aurora-mysql',
        dbInstanceClass: 'db.r6g.large',
        availabilityZone: parameter(s),
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
  { name: 'no instance of the cluster is in the template', build: (s) => rawCluster(s), path: 'Raw', expect: 'unknown' },
  {
    name: 'the second instance, in another zone, belongs to the cluster only when a condition holds',
    build: (s) => {
      const c = rawCluster(s);
      new rds.CfnDBInstance(s, 'A', {
        dbClusterIdentifier: c.ref,
        engine: 'aurora-mysql',
        dbInstanceClass: 'db.r6g.large',
        availabilityZone: 'us-east-1a',
      });
      new rds.CfnDBInstance(s, 'B', {
        dbClusterIdentifier: Fn.conditionIf(conditionOn(s), c.ref, Fn.ref('AWS::NoValue')).toString(),
        engine: 'aurora-mysql',
        dbInstanceClass: 'db.r6g.large',
        availabilityZone: 'us-east-1b',
      });
    },
    path: 'Raw',
    expect: 'unknown',
  },
  {
    name: 'two instances in different zones name the cluster by its literal DBClusterIdentifier',
    build: (s) => {
      rawCluster(s, { dbClusterIdentifier: 'Orders-DB' });
      for (const [id, az] of [
        ['A', 'eu-west-1a'],
        ['B', 'eu-west-1b'],
      ])
        new rds.CfnDBInstance(s, id, {
          engine: 'aurora-mysql',
          dbInstanceClass: 'db.r6g.large',
          dbClusterIdentifier: 'orders-db',
          availabilityZone: az,
        });
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'fails when the one instance that names the cluster by its literal DBClusterIdentifier is its only one',
    build: (s) => {
      rawCluster(s, { dbClusterIdentifier: 'orders-db' });
      new rds.CfnDBInstance(s, 'A', { engine: 'aurora-mysql', dbInstanceClass: 'db.r6g.large', dbClusterIdentifier: 'orders-db' });
    },
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'two instances placed by Fn::Select of distinct indexes over Fn::GetAZs are in distinct zones',
    build: (s) => {
      const c = rawCluster(s);
      [0, 1].forEach(
        (i) =>
          new rds.CfnDBInstance(s, `I${i}`, {
            dbClusterIdentifier: c.ref,
            engine: 'aurora-mysql',
            dbInstanceClass: 'db.r6g.large',
            availabilityZone: Fn.select(i, Fn.getAzs()),
          }),
      );
    },
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'fails when both instances are placed by Fn::Select of the same index over Fn::GetAZs',
    build: (s) => {
      const c = rawCluster(s);
      ['A', 'B'].forEach(
        (id) =>
          new rds.CfnDBInstance(s, id, {
            dbClusterIdentifier: c.ref,
            engine: 'aurora-mysql',
            dbInstanceClass: 'db.r6g.large',
            availabilityZone: Fn.select(0, Fn.getAzs()),
          }),
      );
    },
    path: 'Raw',
    expect: 'unconfigured',
  },
]);
