import { CfnParameter } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { docCluster, override, rawDocCluster } from './fixtures';

dutyCases('docdb-cluster-audit-log-export', [
  {
    name: 'the L2 cluster exports audit logs',
    build: (s) => docCluster(s, { exportAuditLogsToCloudWatch: true }),
    path: 'Cluster',
    expect: 'configured',
  },
  { name: 'the L2 cluster keeps its defaults', build: (s) => docCluster(s), path: 'Cluster', expect: 'unconfigured' },
  {
    name: 'the L2 cluster exports only profiler logs',
    build: (s) => docCluster(s, { exportProfilerLogsToCloudWatch: true }),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'the export is added by an escape-hatch override',
    build: (s) => rawDocCluster(s).addPropertyOverride('EnableCloudwatchLogsExports', ['audit']),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'EnableCloudwatchLogsExports is a parameter',
    build: (s) =>
      override(docCluster(s), 'EnableCloudwatchLogsExports', new CfnParameter(s, 'Logs', { type: 'CommaDelimitedList' }).valueAsList),
    path: 'Cluster',
    expect: 'unknown',
  },
]);
