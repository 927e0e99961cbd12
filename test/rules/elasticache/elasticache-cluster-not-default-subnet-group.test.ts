import * as elasticache from 'aws-cdk-lib/aws-elasticache';
import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { group, node } from './fixtures';

dutyCases('elasticache-cluster-not-default-subnet-group', [
  {
    name: 'the cache cluster uses a subnet group defined in the app',
    build: (s) =>
      node(s, {
        cacheSubnetGroupName: new elasticache.CfnSubnetGroup(s, 'Subnets', { description: 'cache', subnetIds: ['subnet-1', 'subnet-2'] })
          .ref,
      }),
    path: 'Node',
    expect: 'configured',
  },
  { name: 'the replication group names a custom subnet group', build: (s) => group(s), path: 'Cache', expect: 'configured' },
  { name: 'the cache cluster sets no subnet group', build: (s) => node(s), path: 'Node', expect: 'unconfigured' },
  {
    name: 'the replication group names the default subnet group',
    build: (s) => group(s, { cacheSubnetGroupName: 'default' }),
    path: 'Cache',
    expect: 'unconfigured',
  },
  {
    name: 'the subnet group is set by an escape-hatch override',
    build: (s) => node(s).addPropertyOverride('CacheSubnetGroupName', 'private-cache'),
    path: 'Node',
    expect: 'configured',
  },
  {
    name: 'the subnet group name is a parameter',
    build: (s) => node(s, { cacheSubnetGroupName: parameter(s) }),
    path: 'Node',
    expect: 'unknown',
  },
]);
