import { CfnParameter } from 'aws-cdk-lib';
import * as dax from 'aws-cdk-lib/aws-dax';
import { dutyCases } from '../../harness';

const base = { iamRoleArn: 'arn:aws:iam::111111111111:role/DaxAccess', nodeType: 'dax.r5.large' };

dutyCases('dynamodb-dax-cluster-read-replicas', [
  {
    name: 'the cluster has three nodes (two read replicas)',
    build: (stack) => new dax.CfnCluster(stack, 'Dax', { ...base, replicationFactor: 3 }),
    path: 'Dax',
    expect: 'configured',
  },
  {
    name: 'the cluster is a single node',
    build: (stack) => new dax.CfnCluster(stack, 'Dax', { ...base, replicationFactor: 1 }),
    path: 'Dax',
    expect: 'unconfigured',
  },
  {
    name: 'the cluster has one read replica',
    build: (stack) => new dax.CfnCluster(stack, 'Dax', { ...base, replicationFactor: 2 }),
    path: 'Dax',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override raises the replication factor',
    build: (stack) => new dax.CfnCluster(stack, 'Dax', { ...base, replicationFactor: 1 }).addPropertyOverride('ReplicationFactor', 5),
    path: 'Dax',
    expect: 'configured',
  },
  {
    name: 'the replication factor is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Nodes', { type: 'Number' });
      new dax.CfnCluster(stack, 'Dax', { ...base, replicationFactor: p.valueAsNumber });
    },
    path: 'Dax',
    expect: 'unknown',
  },
]);
