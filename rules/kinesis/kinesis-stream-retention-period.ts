import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

/** Security Hub Kinesis.3's default minimum retention. */
const MIN_RETENTION_HOURS = 168;

export default defineDuty({
  id: 'kinesis-stream-retention-period',
  title: 'Kinesis data stream retains records for at least 168 hours',
  category: 'resilience',
  resourceTypes: ['AWS::Kinesis::Stream'],
  awsSide:
    "Kinesis Data Streams keeps records only for the stream's retention period, 24 hours unless RetentionPeriodHours says otherwise, and then deletes them.",
  customerSide:
    "How long records stay available for replay is the customer's: with a short retention, records a failed consumer did not process are gone before the failure is noticed.",
  severity: 'warning',
  remediation: {
    l2: 'new kinesis.Stream(this, id, { retentionPeriod: Duration.days(7) })',
    l1: 'RetentionPeriodHours: 168 (or more)',
  },
  controls: { fsbp: ['Kinesis.3'], nist: ['CP-9', 'CP-10', 'SI-12'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kinesis-controls.html#kinesis-3',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-kinesis-stream.html#cfn-kinesis-stream-retentionperiodhours',
    'https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention.html',
  ],
  messages: {
    short: 'RetentionPeriodHours is {hours}, less than {min} hours, so records are deleted after {hours} hours.',
  },
  evaluate(ctx) {
    const hours = ctx.props.at('RetentionPeriodHours').num();
    if (hours !== undefined && hours >= MIN_RETENTION_HOURS) return configured(`RetentionPeriodHours is ${hours}`);
    return unconfigured('short', { hours: hours ?? 24, min: MIN_RETENTION_HOURS });
  },
});
