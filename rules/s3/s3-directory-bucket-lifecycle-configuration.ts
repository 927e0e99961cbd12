import { defineDuty } from '../../lib/model/duty';
import { lifecycleVerdict } from './helpers';

export default defineDuty({
  id: 's3-directory-bucket-lifecycle-configuration',
  title: 'S3 directory bucket has an enabled lifecycle rule',
  category: 'data-protection',
  resourceTypes: ['AWS::S3Express::DirectoryBucket'],
  awsSide: 'S3 keeps every object in a directory bucket until someone deletes it; it applies no lifecycle rule of its own.',
  customerSide:
    "How long data is kept, and when incomplete multipart uploads are cleaned up, is the customer's retention decision; without a lifecycle rule old objects and upload parts accumulate indefinitely.",
  severity: 'info',
  remediation: {
    l1: 'LifecycleConfiguration: { Rules: [{ Status: Enabled, ExpirationInDays: 30, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } }] } on AWS::S3Express::DirectoryBucket',
  },
  controls: { fsbp: ['S3.25'], nist: ['CP-10', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-13(5)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-25',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3express-directorybucket-lifecycleconfiguration.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3express-directorybucket-rule.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-objects-lifecycle.html',
  ],
  messages: {
    absent: 'The directory bucket has no LifecycleConfiguration.',
    allDisabled: "The directory bucket's LifecycleConfiguration has {count} rule(s), none with Status: Enabled.",
  },
  evaluate: lifecycleVerdict,
});
