import { Duration } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { cluster, instance, override, parameter, rawInstance } from './fixtures';

dutyCases('rds-instance-backup-retention', [
  {
    name: 'the L2 instance keeps backups for 7 days',
    build: (s) => instance(s, { backupRetention: Duration.days(7) }),
    path: 'Db',
    expect: 'configured',
  },
  { name: 'the L2 instance keeps its defaults (1 day)', build: (s) => instance(s), path: 'Db', expect: 'unconfigured' },
  {
    name: 'the L2 instance keeps backups for 3 days',
    build: (s) => instance(s, { backupRetention: Duration.days(3) }),
    path: 'Db',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 instance turns automated backups off',
    build: (s) => rawInstance(s, { backupRetentionPeriod: 0 }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'the retention is raised by an escape-hatch override',
    build: (s) => override(instance(s), 'BackupRetentionPeriod', 14),
    path: 'Db',
    expect: 'configured',
  },
  {
    name: 'BackupRetentionPeriod is a parameter',
    build: (s) => override(instance(s), 'BackupRetentionPeriod', parameter(s, 'Days', 'Number')),
    path: 'Db',
    expect: 'unknown',
  },
  {
    name: 'the instance is a read replica',
    build: (s) => rawInstance(s, { sourceDbInstanceIdentifier: 'source-db', masterUsername: undefined }),
    path: 'Raw',
    expect: 'not-applicable',
  },
  { name: 'the instance is an Aurora cluster member', build: (s) => cluster(s), path: 'Cluster/writer', expect: 'not-applicable' },
]);
