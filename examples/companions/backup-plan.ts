import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';

/**
 * An AWS Backup plan that keeps daily recovery points for 35 days in a vault of its own, for the
 * fixes that ask for a backup (`backupPlan.addSelection('Volumes', { resources: [...] })`): the
 * vault is encrypted with a customer managed key when one is given and carries a Vault Lock.
 *
 * The lock is in governance mode (no `changeableFor`), which privileged users can still remove;
 * compliance mode (`changeableFor: Duration.days(3)`) can never be removed once its grace period
 * ends, a decision to take on purpose rather than by copying a snippet.
 */
export function backupPlan(scope: Construct, id = 'BackupPlan', key?: kms.IKey): backup.BackupPlan {
  const backupVault = new backup.BackupVault(scope, `${id}Vault`, {
    encryptionKey: key,
    lockConfiguration: { minRetention: Duration.days(35) },
    removalPolicy: RemovalPolicy.RETAIN,
  });
  return backup.BackupPlan.daily35DayRetention(scope, id, backupVault);
}
