import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';

export default defineDuty({
  id: 'cloudtrail-trail-bucket-access-logging',
  title: 'S3 bucket of a CloudTrail trail has server access logging enabled',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::CloudTrail::Trail'],
  awsSide:
    'Amazon S3 records requests made to a bucket in access logs only when the bucket has a server access logging configuration; it is off by default.',
  customerSide:
    "Knowing who read or deleted the audit logs is the customer's: without server access logging on the trail's bucket, access to the logs themselves leaves no record outside CloudTrail data events.",
  severity: 'warning',
  remediation: {
    l2: 'new cloudtrail.Trail(this, id, { bucket: new s3.Bucket(this, "TrailBucket", { serverAccessLogsBucket: logBucket }) })',
    l1: 'on the AWS::S3::Bucket named in S3BucketName: LoggingConfiguration: { DestinationBucketName: <log bucket> }',
  },
  controls: { fsbp: [], nist: ['AU-2', 'AU-9', 'AU-12', 'SI-4'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-7',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-loggingconfiguration.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
  ],
  messages: {
    noLogging:
      "The trail's bucket {bucket} has no LoggingConfiguration, so requests to the audit logs are not recorded in server access logs.",
  },
  evaluate(ctx) {
    const bucket = ctx.target(ctx.props.at('S3BucketName'));
    if (!bucket || bucket.type !== 'AWS::S3::Bucket') {
      ctx.props.at('S3BucketName').str(); // a parameter or import: unknown, naming it
      return unknown("the trail's S3 bucket is not defined in this app, so its access logging cannot be checked here");
    }
    // A LoggingConfiguration without DestinationBucketName logs to the bucket itself.
    if (ctx.propsOf(bucket).at('LoggingConfiguration').isSet()) {
      return configured(`bucket ${bucket.logicalId} has a server access LoggingConfiguration`);
    }
    return unconfigured('noLogging', { bucket: bucket.logicalId });
  },
});
