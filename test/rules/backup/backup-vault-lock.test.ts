import { Duration, Fn } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import { dutyCases } from '../../harness';

dutyCases('backup-vault-lock', [
  {
    name: 'the L2 vault has a compliance-mode lock',
    build: (stack) =>
      new backup.BackupVault(stack, 'Vault', { lockConfiguration: { minRetention: Duration.days(35), changeableFor: Duration.days(3) } }),
    path: 'Vault',
    expect: 'configured',
  },
  {
    name: 'the L2 vault keeps its defaults (no lock)',
    build: (stack) => new backup.BackupVault(stack, 'Vault'),
    path: 'Vault',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override adds a governance-mode lock',
    build: (stack) => {
      const v = new backup.BackupVault(stack, 'Vault');
      (v.node.defaultChild as backup.CfnBackupVault).addPropertyOverride('LockConfiguration', { MinRetentionDays: 7 });
    },
    path: 'Vault',
    expect: 'configured',
  },
  {
    name: 'the lock is chosen by a condition',
    build: (stack) =>
      new backup.CfnBackupVault(stack, 'Raw', { backupVaultName: 'raw' }).addPropertyOverride(
        'LockConfiguration',
        Fn.conditionIf('Prod', { MinRetentionDays: 35 }, Fn.ref('AWS::NoValue')),
      ),
    path: 'Raw',
    expect: 'unknown',
  },
]);
