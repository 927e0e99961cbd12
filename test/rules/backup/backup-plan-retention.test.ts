import { CfnParameter, Duration } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import { dutyCases } from '../../harness';

dutyCases('backup-plan-retention', [
  {
    name: 'the L2 plan keeps daily backups for 35 days',
    build: (stack) => backup.BackupPlan.daily35DayRetention(stack, 'Plan'),
    path: 'Plan',
    expect: 'configured',
  },
  {
    name: 'the L2 plan keeps backups for one week only',
    build: (stack) => {
      const plan = new backup.BackupPlan(stack, 'Plan');
      plan.addRule(new backup.BackupPlanRule({ ruleName: 'Weekly7', deleteAfter: Duration.days(7) }));
    },
    path: 'Plan',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 plan has a rule without lifecycle (kept indefinitely)',
    build: (stack) => {
      const plan = new backup.BackupPlan(stack, 'Plan');
      plan.addRule(new backup.BackupPlanRule({ ruleName: 'Forever' }));
    },
    path: 'Plan',
    expect: 'configured',
  },
  {
    name: 'an escape-hatch override extends the retention',
    build: (stack) => {
      const plan = new backup.BackupPlan(stack, 'Plan');
      plan.addRule(new backup.BackupPlanRule({ ruleName: 'Short', deleteAfter: Duration.days(7) }));
      (plan.node.defaultChild as backup.CfnBackupPlan).addPropertyOverride('BackupPlan.BackupPlanRule.0.Lifecycle.DeleteAfterDays', 90);
    },
    path: 'Plan',
    expect: 'configured',
  },
  {
    name: 'the retention is a parameter',
    build: (stack) =>
      new backup.CfnBackupPlan(stack, 'Raw', {
        backupPlan: {
          backupPlanName: 'raw',
          backupPlanRule: [
            {
              ruleName: 'r',
              targetBackupVault: 'Default',
              lifecycle: { deleteAfterDays: new CfnParameter(stack, 'Days', { type: 'Number' }).valueAsNumber },
            },
          ],
        },
      }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
