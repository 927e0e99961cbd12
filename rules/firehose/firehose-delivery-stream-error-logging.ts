import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { destinations } from './helpers';

export default defineDuty({
  id: 'firehose-delivery-stream-error-logging',
  title: 'Firehose stream logs delivery errors to CloudWatch Logs',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::KinesisFirehose::DeliveryStream'],
  awsSide:
    "Amazon Data Firehose records data delivery and transformation errors in CloudWatch Logs only when the destination configuration's CloudWatchLoggingOptions has Enabled true; it is not enabled when the property is omitted.",
  customerSide:
    "Seeing why records were not delivered is the customer's: without error logging, failed deliveries to the destination go unexplained.",
  severity: 'warning',
  remediation: {
    l2: 'new firehose.DeliveryStream(this, id, { destination: new firehose.S3Bucket(bucket) }) (destinations log errors by default; do not set loggingConfig: new firehose.DisableLogging())',
    l1: '<Destination>Configuration.CloudWatchLoggingOptions: { Enabled: true, LogGroupName: ..., LogStreamName: ... }',
  },
  controls: { fsbp: [], nist: ['AU-2', 'AU-12', 'SI-4'] },
  sources: [
    'https://docs.aws.amazon.com/firehose/latest/dev/monitoring-with-cloudwatch-logs.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-kinesisfirehose-deliverystream-cloudwatchloggingoptions.html',
  ],
  messages: {
    off: 'The {destination} has no CloudWatchLoggingOptions with Enabled true, so delivery errors are not logged.',
  },
  evaluate(ctx) {
    const found = destinations(ctx.props);
    if (found.length === 0) return notApplicable('the stream has no destination configuration in the template');
    for (const d of found) {
      if (d.config.at('CloudWatchLoggingOptions.Enabled').bool() !== true) return unconfigured('off', { destination: d.name });
    }
    return configured(`error logging enabled on ${found.map((d) => d.name).join(', ')}`);
  },
});
