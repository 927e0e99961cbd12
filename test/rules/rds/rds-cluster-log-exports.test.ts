import { CfnParameter } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { AURORA_PG, cluster, override, rawCluster } from './fixtures';

dutyCases('rds-cluster-log-exports', [
  {
    name: 'the L2 Aurora MySQL cluster exports the audit log',
    build: (s) => cluster(s, { cloudwatchLogsExports: ['audit', 'error'] }),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the L2 Aurora PostgreSQL cluster exports the postgresql log',
    build: (s) => cluster(s, { engine: AURORA_PG, cloudwatchLogsExports: ['postgresql'] }),
    path: 'Cluster',
    expect: 'configured',
  },
  { name: 'the L2 Aurora MySQL cluster keeps its defaults', build: (s) => cluster(s), path: 'Cluster', expect: 'unconfigured' },
  {
    name: 'the L2 Aurora MySQL cluster exports only the slow query log',
    build: (s) => cluster(s, { cloudwatchLogsExports: ['slowquery'] }),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 Aurora PostgreSQL cluster keeps its defaults',
    build: (s) => rawCluster(s, { engine: 'aurora-postgresql', engineVersion: '16.4' }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'the audit export is added by an escape-hatch override',
    build: (s) => override(cluster(s), 'EnableCloudwatchLogsExports', ['audit']),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'EnableCloudwatchLogsExports is a parameter',
    build: (s) =>
      override(cluster(s), 'EnableCloudwatchLogsExports', new CfnParameter(s, 'Logs', { type: 'CommaDelimitedList' }).valueAsList),
    path: 'Cluster',
    expect: 'unknown',
  },
]);
