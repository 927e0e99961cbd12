import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

/** AWS Config's cw-loggroup-retention-period-check (used by Security Hub CloudWatch.16) defaults to 365 days. */
const MIN_RETENTION_DAYS = 365;

export default defineDuty({
  id: 'logs-log-group-retention',
  title: 'CloudWatch Logs log group keeps events for at least 365 days',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::Logs::LogGroup'],
  awsSide:
    'CloudWatch Logs stores log events durably and deletes them only when the retention period the customer set expires; a log group without RetentionInDays never expires its events.',
  customerSide:
    "Deciding how long logs remain available for investigation and audit is the customer's: a short RetentionInDays deletes the evidence before an incident is noticed.",
  severity: 'warning',
  remediation: {
    l2: "new logs.LogGroup(this, id, { retention: logs.RetentionDays.ONE_YEAR }) (or longer; CDK's default is TWO_YEARS)",
    l1: 'RetentionInDays: 365 or more (or omit it so events never expire)',
  },
  controls: { fsbp: [], nist: ['AU-10', 'AU-11', 'SI-12'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-16',
    'https://docs.aws.amazon.com/config/latest/developerguide/cw-loggroup-retention-period-check.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-loggroup.html#cfn-logs-loggroup-retentionindays',
  ],
  messages: {
    short: 'RetentionInDays is {days}, shorter than {min} days, so CloudWatch Logs deletes the events after {days} days.',
  },
  evaluate(ctx) {
    const days = ctx.props.at('RetentionInDays').num();
    if (days === undefined) return configured('RetentionInDays not set: events never expire');
    if (days < MIN_RETENTION_DAYS) return unconfigured('short', { days, min: MIN_RETENTION_DAYS });
    return configured(`RetentionInDays is ${days}`);
  },
});
