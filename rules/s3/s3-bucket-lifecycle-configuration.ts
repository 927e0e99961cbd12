import { defineDuty } from '../../lib/model/duty';
import { lifecycleVerdict } from './helpers';

export default defineDuty({
  id: 's3-bucket-lifecycle-configuration',
  title: 'S3 bucket has an enabled lifecycle rule',
  category: 'data-protection',
  resourceTypes: ['AWS::S3::Bucket'],
  awsSide: 'S3 keeps every object (and every noncurrent version) until someone deletes it; it applies no lifecycle rule of its own.',
  customerSide:
    "How long data is kept, and when it is archived or expired, is the customer's retention decision; without a lifecycle rule old objects and versions accumulate indefinitely.",
  severity: 'info',
  remediation: {
    l2: 'new s3.Bucket(this, id, { lifecycleRules: [{ expiration: Duration.days(365), noncurrentVersionExpiration: Duration.days(30) }] })',
    l1: 'LifecycleConfiguration: { Rules: [{ Status: Enabled, ExpirationInDays: 365, ... }] }',
  },
  controls: { fsbp: ['S3.13'], nist: ['CP-10', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-13(5)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-13',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-rule.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html',
  ],
  messages: {
    absent: 'The bucket has no LifecycleConfiguration.',
    allDisabled: "The bucket's LifecycleConfiguration has {count} rule(s), none with Status: Enabled.",
  },
  evaluate: lifecycleVerdict,
});
