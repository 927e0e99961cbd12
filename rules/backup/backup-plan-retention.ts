import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

/** AWS Config's backup-plan-min-frequency-and-min-retention-check defaults requiredRetentionDays to 35. */
const MIN_RETENTION_DAYS = 35;

export default defineDuty({
  id: 'backup-plan-retention',
  title: 'AWS Backup plan keeps recovery points for at least 35 days',
  category: 'resilience',
  resourceTypes: ['AWS::Backup::BackupPlan'],
  awsSide:
    "AWS Backup deletes recovery points when the rule's Lifecycle DeleteAfterDays expires and keeps them indefinitely when no Lifecycle is set.",
  customerSide:
    "Deciding how far back data can be restored is the customer's: when every rule expires recovery points quickly, corruption or ransomware noticed later cannot be rolled back.",
  severity: 'warning',
  remediation: {
    l2: 'backup.BackupPlan.daily35DayRetention(this, id) or plan.addRule(new backup.BackupPlanRule({ deleteAfter: Duration.days(35), ... }))',
    l1: 'BackupPlan.BackupPlanRule[].Lifecycle.DeleteAfterDays: 35 or more (or no Lifecycle) on at least one rule',
  },
  controls: { fsbp: [], nist: ['CP-9', 'CP-10', 'SI-12'] },
  sources: [
    'https://docs.aws.amazon.com/config/latest/developerguide/backup-plan-min-frequency-and-min-retention-check.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-backupplan-lifecycleresourcetype.html',
  ],
  messages: {
    short: 'No rule of the plan keeps recovery points for {min} days or more (longest: {longest} days).',
  },
  evaluate(ctx) {
    const rules = ctx.props.at('BackupPlan.BackupPlanRule').list() ?? [];
    let longest = 0;
    for (const rule of rules) {
      const days = rule.at('Lifecycle.DeleteAfterDays').num();
      if (days === undefined) return configured(`rule ${rule.at('RuleName').str()} keeps recovery points indefinitely`);
      if (days >= MIN_RETENTION_DAYS) return configured(`rule ${rule.at('RuleName').str()} keeps recovery points ${days} days`);
      longest = Math.max(longest, days);
    }
    return unconfigured('short', { min: MIN_RETENTION_DAYS, longest });
  },
});
