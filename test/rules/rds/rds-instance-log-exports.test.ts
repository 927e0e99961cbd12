import { CfnParameter } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { MYSQL80, cluster, instance, override, rawInstance } from './fixtures';

dutyCases('rds-instance-log-exports', [
  {
    name: 'the L2 PostgreSQL instance exports postgresql and upgrade logs',
    build: (s) => instance(s, { cloudwatchLogsExports: ['postgresql', 'upgrade'] }),
    path: 'Db',
    expect: 'configured',
  },
  { name: 'the L2 instance keeps its defaults', build: (s) => instance(s), path: 'Db', expect: 'unconfigured' },
  {
    name: 'the L2 MySQL instance exports only the error log',
    build: (s) => instance(s, { engine: MYSQL80, cloudwatchLogsExports: ['error'] }),
    path: 'Db',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 MySQL instance exports audit, error, general and slowquery logs',
    build: (s) =>
      rawInstance(s, { engine: 'mysql', engineVersion: '8.0.40', enableCloudwatchLogsExports: ['audit', 'error', 'general', 'slowquery'] }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the exports are added by an escape-hatch override',
    build: (s) => override(instance(s), 'EnableCloudwatchLogsExports', ['postgresql', 'upgrade']),
    path: 'Db',
    expect: 'configured',
  },
  {
    name: 'EnableCloudwatchLogsExports is a parameter',
    build: (s) =>
      override(instance(s), 'EnableCloudwatchLogsExports', new CfnParameter(s, 'Logs', { type: 'CommaDelimitedList' }).valueAsList),
    path: 'Db',
    expect: 'unknown',
  },
  { name: 'the instance is an Aurora cluster member', build: (s) => cluster(s), path: 'Cluster/writer', expect: 'not-applicable' },
]);
