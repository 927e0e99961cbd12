import { CfnParameter } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as iam from 'aws-cdk-lib/aws-iam';
import { dutyCases } from '../../harness';

dutyCases('backup-vault-policy-not-public', [
  {
    name: 'the L2 vault keeps its defaults (no access policy)',
    build: (stack) => new backup.BackupVault(stack, 'Vault'),
    path: 'Vault',
    expect: 'configured',
  },
  {
    name: 'the L2 vault blocks recovery point deletion (a public Deny)',
    build: (stack) => new backup.BackupVault(stack, 'Vault', { blockRecoveryPointDeletion: true }),
    path: 'Vault',
    expect: 'configured',
  },
  {
    name: 'the vault policy lets anyone copy into the vault',
    build: (stack) =>
      new backup.BackupVault(stack, 'Vault').addToAccessPolicy(
        new iam.PolicyStatement({ actions: ['backup:CopyIntoBackupVault'], resources: ['*'], principals: [new iam.AnyPrincipal()] }),
      ),
    path: 'Vault',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 vault gives the policy as a JSON string confined to an organization',
    build: (stack) =>
      new backup.CfnBackupVault(stack, 'Raw', { backupVaultName: 'raw' }).addPropertyOverride(
        'AccessPolicy',
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: '*',
              Action: 'backup:CopyIntoBackupVault',
              Resource: '*',
              Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
            },
          ],
        }),
      ),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the principal is a parameter',
    build: (stack) =>
      new backup.CfnBackupVault(stack, 'Raw', {
        backupVaultName: 'raw',
        accessPolicy: {
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: new CfnParameter(stack, 'Who').valueAsString },
              Action: 'backup:CopyIntoBackupVault',
              Resource: '*',
            },
          ],
        },
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
