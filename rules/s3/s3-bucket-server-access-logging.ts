import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 's3-bucket-server-access-logging',
  title: 'S3 bucket has server access logging enabled',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::S3::Bucket'],
  awsSide:
    'S3 delivers server access logs on a best-effort basis once the customer enables them; a new bucket has server access logging off.',
  customerSide:
    "Keeping a record of the requests made to the bucket, for security and access audits, is the customer's duty: S3 records nothing per request until a LoggingConfiguration names a target bucket.",
  severity: 'warning',
  remediation: {
    l2: "new s3.Bucket(this, id, { serverAccessLogsBucket: logBucket, serverAccessLogsPrefix: 'prefix/' })",
    l1: 'LoggingConfiguration: { DestinationBucketName: <log bucket>, LogFilePrefix: <prefix> }',
  },
  controls: {
    fsbp: ['S3.9'],
    nist: [
      'AC-2(4)',
      'AC-4(26)',
      'AC-6(9)',
      'AU-10',
      'AU-12',
      'AU-2',
      'AU-3',
      'AU-6(3)',
      'AU-6(4)',
      'CA-7',
      'SC-7(9)',
      'SI-3(8)',
      'SI-4(20)',
      'SI-7(8)',
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-9',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-loggingconfiguration.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
  ],
  messages: {
    absent: 'The bucket has no LoggingConfiguration, so S3 server access logging is off.',
  },
  evaluate(ctx) {
    const logging = ctx.props.at('LoggingConfiguration');
    if (logging.isSet()) {
      const destination = ctx.target(logging.at('DestinationBucketName'));
      return configured(
        `server access logs go to ${destination ? `bucket ${destination.logicalId}` : logging.at('DestinationBucketName').isSet() ? 'the named bucket' : 'the bucket itself'}`,
      );
    }
    // Security Hub S3.9: the target bucket of server access logs need not log its own access.
    const sources = ctx.attachments('AWS::S3::Bucket', 'LoggingConfiguration.DestinationBucketName');
    if (sources.sure.length > 0) return notApplicable(`the bucket is the server access log target of bucket ${sources.sure[0].logicalId}`);
    sources.settle(); // a bucket that may log to this one, by an Fn::If or a parameter, makes the finding unknown
    return unconfigured('absent');
  },
});
