import { CfnParameter } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as efs from 'aws-cdk-lib/aws-efs';
import { dutyCases } from '../../harness';
import { smallVpc } from './fixtures';

dutyCases('efs-file-system-backup', [
  {
    name: 'the L2 file system enables automatic backups',
    build: (stack) => new efs.FileSystem(stack, 'Fs', { vpc: smallVpc(stack), enableAutomaticBackups: true }),
    path: 'Fs',
    expect: 'configured',
  },
  {
    name: 'a backup plan selects the L2 file system',
    build: (stack) => {
      const fs = new efs.FileSystem(stack, 'Fs', { vpc: smallVpc(stack) });
      backup.BackupPlan.daily35DayRetention(stack, 'Plan').addSelection('Selection', {
        resources: [backup.BackupResource.fromEfsFileSystem(fs)],
      });
    },
    path: 'Fs',
    expect: 'configured',
  },
  {
    name: 'the L2 file system keeps its defaults (no backups)',
    build: (stack) => new efs.FileSystem(stack, 'Fs', { vpc: smallVpc(stack) }),
    path: 'Fs',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override enables the backup policy',
    build: (stack) => {
      const fs = new efs.FileSystem(stack, 'Fs', { vpc: smallVpc(stack) });
      (fs.node.defaultChild as efs.CfnFileSystem).addPropertyOverride('BackupPolicy', { Status: 'ENABLED' });
    },
    path: 'Fs',
    expect: 'configured',
  },
  {
    name: 'the backup policy status is a parameter',
    build: (stack) => new efs.CfnFileSystem(stack, 'Raw', { backupPolicy: { status: new CfnParameter(stack, 'Status').valueAsString } }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
