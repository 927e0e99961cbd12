import { CfnParameter } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { namespace } from './fixtures';

dutyCases('redshift-serverless-namespace-log-exports', [
  {
    name: 'the namespace exports connection, user and user activity logs',
    build: (s) => namespace(s, { logExports: ['connectionlog', 'userlog', 'useractivitylog'] }),
    path: 'Namespace',
    expect: 'configured',
  },
  { name: 'the namespace keeps its defaults', build: (s) => namespace(s), path: 'Namespace', expect: 'unconfigured' },
  {
    name: 'the namespace exports only the connection log',
    build: (s) => namespace(s, { logExports: ['connectionlog'] }),
    path: 'Namespace',
    expect: 'unconfigured',
  },
  {
    name: 'the exports are added by an escape-hatch override',
    build: (s) => namespace(s).addPropertyOverride('LogExports', ['userlog', 'connectionlog']),
    path: 'Namespace',
    expect: 'configured',
  },
  {
    name: 'LogExports is a parameter',
    build: (s) => namespace(s).addPropertyOverride('LogExports', new CfnParameter(s, 'Logs', { type: 'CommaDelimitedList' }).valueAsList),
    path: 'Namespace',
    expect: 'unknown',
  },
]);
