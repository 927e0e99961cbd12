import { Tags } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import { dutyCases } from '../../harness';
import { cluster, instance, parameter } from './fixtures';

dutyCases('rds-instance-in-backup-plan', [
  {
    name: 'an AWS Backup plan selects the L2 instance',
    build: (s) => {
      const db = instance(s);
      backup.BackupPlan.daily35DayRetention(s, 'Plan').addSelection('Selection', {
        resources: [backup.BackupResource.fromRdsDatabaseInstance(db)],
      });
    },
    path: 'Db',
    expect: 'configured',
  },
  {
    name: 'an AWS Backup plan selects the instance by tag',
    build: (s) => {
      Tags.of(instance(s)).add('backup', 'daily');
      backup.BackupPlan.daily35DayRetention(s, 'Plan').addSelection('Selection', {
        resources: [backup.BackupResource.fromTag('backup', 'daily')],
      });
    },
    path: 'Db',
    expect: 'configured',
  },
  { name: 'no backup plan selects the instance', build: (s) => instance(s), path: 'Db', expect: 'unconfigured' },
  {
    name: 'the selecting tag value on the instance is a parameter',
    build: (s) => {
      Tags.of(instance(s)).add('backup', parameter(s));
      backup.BackupPlan.daily35DayRetention(s, 'Plan').addSelection('Selection', {
        resources: [backup.BackupResource.fromTag('backup', 'daily')],
      });
    },
    path: 'Db',
    expect: 'unknown',
  },
  { name: 'the instance is an Aurora cluster member', build: (s) => cluster(s), path: 'Cluster/writer', expect: 'not-applicable' },
]);
