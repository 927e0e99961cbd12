import { CfnParameter, Duration } from 'aws-cdk-lib';
import * as fsx from 'aws-cdk-lib/aws-fsx';
import { dutyCases } from '../../harness';
import { lustre, windowsFs } from './fixtures';

dutyCases('fsx-file-system-automatic-backups', [
  {
    name: 'a Windows file system keeps the default 30-day retention',
    build: (stack) => windowsFs(stack),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'a persistent L2 Lustre file system keeps backups for 7 days',
    build: (stack) =>
      lustre(stack, {
        deploymentType: fsx.LustreDeploymentType.PERSISTENT_2,
        perUnitStorageThroughput: 125,
        automaticBackupRetention: Duration.days(7),
      }),
    path: 'Fs',
    expect: 'configured',
  },
  {
    name: 'a persistent L2 Lustre file system keeps its defaults (no backups)',
    build: (stack) => lustre(stack, { deploymentType: fsx.LustreDeploymentType.PERSISTENT_2, perUnitStorageThroughput: 125 }),
    path: 'Fs',
    expect: 'unconfigured',
  },
  {
    name: 'a scratch L2 Lustre file system',
    build: (stack) => lustre(stack, { deploymentType: fsx.LustreDeploymentType.SCRATCH_2 }),
    path: 'Fs',
    expect: 'not-applicable',
  },
  {
    name: 'a Windows file system turns automatic backups off',
    build: (stack) => windowsFs(stack, { automaticBackupRetentionDays: 0 }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override turns backups back on',
    build: (stack) =>
      windowsFs(stack, { automaticBackupRetentionDays: 0 }).addPropertyOverride('WindowsConfiguration.AutomaticBackupRetentionDays', 14),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the retention is a parameter',
    build: (stack) => windowsFs(stack, { automaticBackupRetentionDays: new CfnParameter(stack, 'Days', { type: 'Number' }).valueAsNumber }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
