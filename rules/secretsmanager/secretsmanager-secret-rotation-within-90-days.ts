import type { EvaluationContext } from '../../lib/model/context';
import { defineDuty } from '../../lib/model/duty';
import type { ResourceRecord } from '../../lib/model/resource';
import { configured, notApplicable, unconfigured, unknown, type Verdict } from '../../lib/model/verdict';
import { attachedToSecret, ROTATION_SCHEDULE } from './helpers';

/** Security Hub's default rotation period for SecretsManager.4. */
const MAX_DAYS = 90;

/**
 * The longest interval, in days, between rotations that a `rate()` or `cron()` schedule expression
 * allows, or undefined when it cannot be bounded without a calendar (a cron on restricted months or
 * on the n-th weekday of a month). A cron expression that fires in every month (month field `*`,
 * no `#` in the day-of-week field) fires at least once every 62 days.
 * https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_schedule.html
 */
function longestIntervalDays(expression: string): number | undefined {
  const rate = /^rate\(\s*(\d+)\s+(hours?|days?)\s*\)$/i.exec(expression.trim());
  if (rate) return /^hour/i.test(rate[2]) ? Number(rate[1]) / 24 : Number(rate[1]);
  const cron = /^cron\((.*)\)$/i.exec(expression.trim());
  if (cron) {
    const fields = cron[1].trim().split(/\s+/);
    if (fields.length >= 6 && fields[3] === '*' && !fields[4].includes('#')) return 62;
  }
  return undefined;
}

export default defineDuty({
  id: 'secretsmanager-secret-rotation-within-90-days',
  title: 'Secrets Manager secret is rotated at least every 90 days',
  category: 'identity-and-access',
  resourceTypes: ['AWS::SecretsManager::Secret'],
  awsSide:
    'Secrets Manager rotates a secret on the schedule in its rotation rules (AutomaticallyAfterDays or a rate()/cron() ScheduleExpression); it does not shorten a long schedule.',
  customerSide:
    "Choosing how long a credential stays valid is the customer's: Security Hub checks that secrets were rotated within 90 days, which a rotation schedule longer than 90 days cannot meet.",
  severity: 'warning',
  remediation: {
    l2: "secret.addRotationSchedule('Rotation', { ..., automaticallyAfter: Duration.days(30) }) (the L2 default is 30 days)",
    l1: 'RotationRules: { ScheduleExpression: "rate(30 days)" } (or AutomaticallyAfterDays: 30) on the AWS::SecretsManager::RotationSchedule',
  },
  controls: { fsbp: ['SecretsManager.4'], nist: ['AC-2(1)', 'AC-3(15)', 'IA-5(1)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-4',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-secretsmanager-rotationschedule-rotationrules.html',
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_schedule.html',
  ],
  messages: {
    tooLong: 'Rotation schedule {schedule} rotates the secret only every {days} days ({rule}), longer than 90 days.',
  },
  evaluate(ctx) {
    const schedules = attachedToSecret(ctx, ROTATION_SCHEDULE);
    for (const schedule of schedules.sure) {
      const finding = tooLong(ctx, schedule);
      if (finding) return finding;
    }
    schedules.settle((s) => tooLong(ctx, s) !== undefined);
    if (schedules.sure.length === 0)
      return notApplicable('the secret has no rotation schedule (see secretsmanager-secret-rotation-enabled)');
    return configured('every rotation schedule of the secret rotates it within 90 days');
  },
});

/** The finding for a schedule that may rotate less often than every 90 days, if any. */
function tooLong(ctx: EvaluationContext, schedule: ResourceRecord): Verdict<'tooLong'> | undefined {
  const rules = ctx.propsOf(schedule).at('RotationRules');
  const afterDays = rules.at('AutomaticallyAfterDays').num();
  if (afterDays !== undefined && afterDays > MAX_DAYS) {
    return unconfigured('tooLong', { schedule: schedule.logicalId, days: afterDays, rule: `AutomaticallyAfterDays ${afterDays}` });
  }
  const expression = rules.at('ScheduleExpression').str();
  if (expression === undefined) return undefined;
  const days = longestIntervalDays(expression);
  if (days === undefined)
    return unknown(`the interval of ScheduleExpression "${expression}" of ${schedule.logicalId} cannot be bounded at synth`);
  if (days > MAX_DAYS) return unconfigured('tooLong', { schedule: schedule.logicalId, days, rule: `ScheduleExpression ${expression}` });
  return undefined;
}
