import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { warehouse } from './fixtures';

dutyCases('redshift-cluster-audit-logging', [
  {
    name: 'the cluster logs to CloudWatch Logs',
    build: (s) =>
      warehouse(s, {
        loggingProperties: { logDestinationType: 'cloudwatch', logExports: ['connectionlog', 'userlog', 'useractivitylog'] },
      }),
    path: 'Warehouse',
    expect: 'configured',
  },
  {
    name: 'the cluster logs to an S3 bucket',
    build: (s) => warehouse(s, { loggingProperties: { bucketName: 'audit-logs', s3KeyPrefix: 'redshift/' } }),
    path: 'Warehouse',
    expect: 'configured',
  },
  { name: 'the cluster keeps its defaults', build: (s) => warehouse(s), path: 'Warehouse', expect: 'unconfigured' },
  {
    name: 'logging is added by an escape-hatch override',
    build: (s) => warehouse(s).addPropertyOverride('LoggingProperties', { BucketName: 'audit-logs' }),
    path: 'Warehouse',
    expect: 'configured',
  },
  {
    name: 'the log destination type is a parameter',
    build: (s) => warehouse(s, { loggingProperties: { logDestinationType: parameter(s) } }),
    path: 'Warehouse',
    expect: 'unknown',
  },
]);
