import { defineDuty } from '../../lib/model/duty';
import type { Value } from '../../lib/model/value';
import { configured, unconfigured } from '../../lib/model/verdict';

/** Destination lists of a notification configuration: CloudFormation's names and the S3 API's (used by CDK's custom resource). */
const DESTINATION_LISTS = ['LambdaConfigurations', 'LambdaFunctionConfigurations', 'QueueConfigurations', 'TopicConfigurations'];

export default defineDuty({
  id: 's3-bucket-event-notifications',
  title: 'S3 bucket sends event notifications',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::S3::Bucket'],
  awsSide:
    'S3 publishes object events (created, removed, restored, ...) only to the Lambda, SQS, SNS or EventBridge destinations the customer configures; a new bucket sends none.',
  customerSide:
    "Being alerted to changes in the bucket that may signal accidental or unauthorized modification is the customer's monitoring duty, and it starts with a notification configuration.",
  severity: 'info',
  remediation: {
    l2: 'new s3.Bucket(this, id, { eventBridgeEnabled: true }) or bucket.addEventNotification(s3.EventType.OBJECT_REMOVED, destination)',
    l1: 'NotificationConfiguration: { EventBridgeConfiguration: { EventBridgeEnabled: true } } or { QueueConfigurations | TopicConfigurations | LambdaConfigurations: [...] }',
  },
  controls: { fsbp: [], nist: ['CA-7', 'SI-3(8)', 'SI-4', 'SI-4(4)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-11',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-notificationconfiguration.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-eventbridgeconfiguration.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html',
  ],
  messages: {
    none: 'The bucket has no NotificationConfiguration with an EventBridge, Lambda, SQS or SNS destination.',
  },
  evaluate(ctx) {
    const own = notifies(ctx.props.at('NotificationConfiguration'), false);
    if (own) return configured(`NotificationConfiguration sends events to ${own}`);
    // CDK's L2 (addEventNotification, eventBridgeEnabled) writes the configuration through a Custom::S3BucketNotifications resource.
    const customs = ctx.attachments('Custom::S3BucketNotifications', 'BucketName');
    for (const custom of customs.sure) {
      const via = notifies(ctx.propsOf(custom).at('NotificationConfiguration'), true);
      if (via) return configured(`${custom.logicalId} sends events to ${via}`);
    }
    // One that may be this bucket's, by an Fn::If or a parameter, and sends events makes "none" unknown.
    customs.settle((custom) => notifies(ctx.propsOf(custom).at('NotificationConfiguration'), true) !== undefined);
    return unconfigured('none');
  },
});

/** What a notification configuration delivers to, if anything. In the S3 API an EventBridgeConfiguration element (even empty) turns EventBridge on. */
function notifies(config: Value, apiShape: boolean): string | undefined {
  if (!config.isSet()) return undefined;
  const eventBridge = config.at('EventBridgeConfiguration');
  if (apiShape ? eventBridge.isSet() : eventBridge.at('EventBridgeEnabled').bool() === true) return 'Amazon EventBridge';
  const lists = DESTINATION_LISTS.filter((l) => (config.at(l).list() ?? []).length > 0);
  return lists.length > 0 ? lists.join(', ') : undefined;
}
