import { RemovalPolicy } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { cluster, instance, override, parameter, rawInstance } from './fixtures';

dutyCases('rds-instance-deletion-protection', [
  {
    name: 'the L2 instance sets deletionProtection',
    build: (s) => instance(s, { deletionProtection: true }),
    path: 'Db',
    expect: 'configured',
  },
  {
    name: 'the L2 instance has removalPolicy RETAIN (CDK turns deletion protection on)',
    build: (s) => instance(s, { removalPolicy: RemovalPolicy.RETAIN }),
    path: 'Db',
    expect: 'configured',
  },
  { name: 'the L2 instance keeps its defaults', build: (s) => instance(s), path: 'Db', expect: 'unconfigured' },
  {
    name: 'an L1 instance sets DeletionProtection false',
    build: (s) => rawInstance(s, { deletionProtection: false }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'deletion protection is added by an escape-hatch override',
    build: (s) => override(instance(s), 'DeletionProtection', true),
    path: 'Db',
    expect: 'configured',
  },
  {
    name: 'DeletionProtection is a parameter',
    build: (s) => override(instance(s), 'DeletionProtection', parameter(s)),
    path: 'Db',
    expect: 'unknown',
  },
  { name: 'the instance is an Aurora cluster member', build: (s) => cluster(s), path: 'Cluster/writer', expect: 'not-applicable' },
]);
