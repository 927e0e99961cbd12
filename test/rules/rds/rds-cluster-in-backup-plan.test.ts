import { Tags } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import { dutyCases } from '../../harness';
import { cluster, parameter } from './fixtures';

dutyCases('rds-cluster-in-backup-plan', [
  {
    name: 'an AWS Backup plan selects the L2 cluster',
    build: (s) =>
      backup.BackupPlan.daily35DayRetention(s, 'Plan').addSelection('Selection', {
        resources: [backup.BackupResource.fromRdsDatabaseCluster(cluster(s))],
      }),
    path: 'Cluster',
    expect: 'configured',
  },
  { name: 'no backup plan selects the cluster', build: (s) => cluster(s), path: 'Cluster', expect: 'unconfigured' },
  {
    name: 'the selecting tag value on the cluster is a parameter',
    build: (s) => {
      Tags.of(cluster(s)).add('backup', parameter(s));
      backup.BackupPlan.daily35DayRetention(s, 'Plan').addSelection('Selection', {
        resources: [backup.BackupResource.fromTag('backup', 'daily')],
      });
    },
    path: 'Cluster',
    expect: 'unknown',
  },
]);
