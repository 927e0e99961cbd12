import { CfnParameter } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { graph } from './fixtures';

dutyCases('neptune-cluster-audit-log-export', [
  {
    name: 'the cluster exports audit logs',
    build: (s) => graph(s, { enableCloudwatchLogsExports: ['audit'] }),
    path: 'Graph',
    expect: 'configured',
  },
  { name: 'the cluster keeps its defaults', build: (s) => graph(s), path: 'Graph', expect: 'unconfigured' },
  {
    name: 'the cluster exports only slow query logs',
    build: (s) => graph(s, { enableCloudwatchLogsExports: ['slowquery'] }),
    path: 'Graph',
    expect: 'unconfigured',
  },
  {
    name: 'the export is added by an escape-hatch override',
    build: (s) => graph(s).addPropertyOverride('EnableCloudwatchLogsExports', ['audit']),
    path: 'Graph',
    expect: 'configured',
  },
  {
    name: 'EnableCloudwatchLogsExports is a parameter',
    build: (s) =>
      graph(s).addPropertyOverride('EnableCloudwatchLogsExports', new CfnParameter(s, 'Logs', { type: 'CommaDelimitedList' }).valueAsList),
    path: 'Graph',
    expect: 'unknown',
  },
]);
