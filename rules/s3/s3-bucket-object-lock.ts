import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 's3-bucket-object-lock',
  title: 'S3 bucket has Object Lock enabled',
  category: 'resilience',
  resourceTypes: ['AWS::S3::Bucket'],
  awsSide:
    'S3 enforces Object Lock retention and legal holds (write-once-read-many) on buckets that enable it; a new bucket has Object Lock off.',
  customerSide:
    "Whether objects must be protected from deletion or overwrite for a retention period (ransomware, regulatory retention) is the customer's decision, and only Object Lock enforces it.",
  severity: 'info',
  remediation: {
    l2: 'new s3.Bucket(this, id, { objectLockEnabled: true, objectLockDefaultRetention: s3.ObjectLockRetention.governance(Duration.days(30)) })',
    l1: 'ObjectLockEnabled: true (with ObjectLockConfiguration: { ObjectLockEnabled: Enabled, Rule: { DefaultRetention: ... } })',
  },
  controls: { fsbp: [], nist: ['CP-6(2)', 'CP-9', 'SI-12'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-15',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-s3-bucket.html#cfn-s3-bucket-objectlockenabled',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html',
  ],
  messages: {
    absent: 'The bucket does not set ObjectLockEnabled, so Object Lock is off.',
    disabled: 'The bucket sets ObjectLockEnabled: false.',
  },
  evaluate(ctx) {
    const enabled = ctx.props.at('ObjectLockEnabled').bool();
    if (enabled === true) return configured('ObjectLockEnabled is true');
    if (ctx.props.at('ObjectLockConfiguration.ObjectLockEnabled').str() === 'Enabled')
      return configured('ObjectLockConfiguration.ObjectLockEnabled is Enabled');
    return enabled === undefined ? unconfigured('absent') : unconfigured('disabled');
  },
});
