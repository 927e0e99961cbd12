import { Fn } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as kms from 'aws-cdk-lib/aws-kms';
import { dutyCases } from '../../harness';

dutyCases('backup-vault-kms-key', [
  {
    name: 'the L2 vault uses a customer managed key',
    build: (stack) => new backup.BackupVault(stack, 'Vault', { encryptionKey: new kms.Key(stack, 'Key') }),
    path: 'Vault',
    expect: 'configured',
  },
  {
    name: 'the L2 vault keeps its defaults (AWS managed key)',
    build: (stack) => new backup.BackupVault(stack, 'Vault'),
    path: 'Vault',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override sets a key ARN',
    build: (stack) => {
      const v = new backup.BackupVault(stack, 'Vault');
      (v.node.defaultChild as backup.CfnBackupVault).addPropertyOverride(
        'EncryptionKeyArn',
        'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      );
    },
    path: 'Vault',
    expect: 'configured',
  },
  {
    name: 'the key is imported',
    build: (stack) => new backup.CfnBackupVault(stack, 'Raw', { backupVaultName: 'raw', encryptionKeyArn: Fn.importValue('BackupKey') }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
