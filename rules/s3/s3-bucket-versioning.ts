import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 's3-bucket-versioning',
  title: 'S3 bucket has versioning enabled',
  category: 'resilience',
  resourceTypes: ['AWS::S3::Bucket'],
  awsSide: 'S3 stores objects durably, but a new bucket is unversioned: an overwrite or delete replaces the only copy of the object.',
  customerSide:
    "Recovering from an accidental or malicious overwrite or delete is the customer's duty: only versioning keeps the earlier versions of each object.",
  severity: 'warning',
  remediation: {
    l2: 'new s3.Bucket(this, id, { versioned: true })',
    l1: 'VersioningConfiguration: { Status: Enabled }',
  },
  controls: { fsbp: [], nist: ['AU-9(2)', 'CP-10', 'CP-6', 'CP-6(1)', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-12', 'SI-13(5)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-14',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-versioningconfiguration.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-configure.html',
  ],
  messages: {
    absent: 'The bucket has no VersioningConfiguration, so it is unversioned.',
    notEnabled: 'The bucket sets VersioningConfiguration Status: {status}.',
  },
  evaluate(ctx) {
    const status = ctx.props.at('VersioningConfiguration.Status').str();
    if (status === 'Enabled') return configured('VersioningConfiguration Status is Enabled');
    if (status === undefined) {
      // A bucket created with Object Lock gets versioning enabled by S3, and versioning cannot then be suspended.
      if (ctx.props.at('ObjectLockEnabled').bool() === true)
        return configured('ObjectLockEnabled is true, so S3 enables versioning and it cannot be suspended');
      return unconfigured('absent');
    }
    return unconfigured('notEnabled', { status });
  },
});
