import { dutyCases } from '../../harness';
import { cluster, instance, override, parameter, rawInstance } from './fixtures';

dutyCases('rds-instance-multi-az', [
  { name: 'the L2 instance sets multiAz', build: (s) => instance(s, { multiAz: true }), path: 'Db', expect: 'configured' },
  { name: 'the L2 instance keeps its defaults (Single-AZ)', build: (s) => instance(s), path: 'Db', expect: 'unconfigured' },
  { name: 'an L1 instance sets MultiAZ false', build: (s) => rawInstance(s, { multiAz: false }), path: 'Raw', expect: 'unconfigured' },
  {
    name: 'Multi-AZ is turned on by an escape-hatch override',
    build: (s) => override(instance(s), 'MultiAZ', true),
    path: 'Db',
    expect: 'configured',
  },
  { name: 'MultiAZ is a parameter', build: (s) => override(instance(s), 'MultiAZ', parameter(s)), path: 'Db', expect: 'unknown' },
  { name: 'the instance is an Aurora cluster member', build: (s) => cluster(s), path: 'Cluster/writer', expect: 'not-applicable' },
  {
    name: 'an instance with an Aurora engine that names no cluster is not judged as a standalone instance',
    build: (s) =>
      rawInstance(s, { engine: 'aurora-postgresql', engineVersion: '16.4', allocatedStorage: undefined, masterUsername: undefined }),
    path: 'Raw',
    expect: 'not-applicable',
  },
]);
