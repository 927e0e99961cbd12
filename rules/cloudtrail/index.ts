import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import cloudtrailTrailBucketAccessLogging from './cloudtrail-trail-bucket-access-logging';
import cloudtrailTrailCloudwatchLogs from './cloudtrail-trail-cloudwatch-logs';
import cloudtrailTrailKmsEncryption from './cloudtrail-trail-kms-encryption';
import cloudtrailTrailLogFileValidation from './cloudtrail-trail-log-file-validation';
import cloudtrailTrailLoggingEnabled from './cloudtrail-trail-logging-enabled';
import cloudtrailTrailMultiRegion from './cloudtrail-trail-multi-region';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [
  cloudtrailTrailBucketAccessLogging,
  cloudtrailTrailCloudwatchLogs,
  cloudtrailTrailKmsEncryption,
  cloudtrailTrailLogFileValidation,
  cloudtrailTrailLoggingEnabled,
  cloudtrailTrailMultiRegion,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::CloudTrail::Trail',
    service: 'AWS CloudTrail',
    serviceModel: 'abstracted',
    awsSide:
      "AWS records API activity and delivers it to the trail's S3 bucket encrypted with SSE-S3; Region coverage, integrity validation, KMS encryption and CloudWatch Logs delivery are the customer's trail settings.",
    source: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-concepts.html',
  },
];
