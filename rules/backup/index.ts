import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import backupPlanRetention from './backup-plan-retention';
import backupVaultKmsKey from './backup-vault-kms-key';
import backupVaultLock from './backup-vault-lock';
import backupVaultPolicyNotPublic from './backup-vault-policy-not-public';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [backupPlanRetention, backupVaultKmsKey, backupVaultLock, backupVaultPolicyNotPublic];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::Backup::BackupVault',
    service: 'AWS Backup',
    serviceModel: 'abstracted',
    awsSide:
      "AWS stores recovery points durably in the vault and encrypts them with the vault's key (an AWS managed key by default); access policy, key choice and Vault Lock are the customer's.",
    source: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/vaults.html',
  },
  {
    type: 'AWS::Backup::BackupPlan',
    service: 'AWS Backup',
    serviceModel: 'abstracted',
    awsSide:
      "AWS runs the backup jobs on the plan's schedule and expires recovery points per its lifecycle; schedule, retention and copies are the customer's choices.",
    source: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/about-backup-plans.html',
  },
];
