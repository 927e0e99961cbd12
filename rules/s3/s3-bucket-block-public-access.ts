import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { BPA_SETTINGS, bucketBlockPublicAccess } from './helpers';

export default defineDuty({
  id: 's3-bucket-block-public-access',
  title: 'S3 bucket blocks public access with all four Block Public Access settings',
  category: 'identity-and-access',
  resourceTypes: ['AWS::S3::Bucket'],
  awsSide:
    'Since April 2023 S3 turns on all four Block Public Access settings for every new general purpose bucket; a PublicAccessBlockConfiguration in the template replaces them, and a setting it leaves out is false.',
  customerSide:
    "Whether a bucket can be made public is the customer's decision: keeping BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets on stops a bucket policy or ACL from exposing data by mistake.",
  severity: 'error',
  remediation: {
    l2: 'new s3.Bucket(this, id, { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL }) (or leave blockPublicAccess unset)',
    l1: 'PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } (or omit the property)',
  },
  controls: {
    fsbp: ['S3.8'],
    nist: [
      'AC-21',
      'AC-3',
      'AC-3(7)',
      'AC-4',
      'AC-4(21)',
      'AC-6',
      'SC-7',
      'SC-7(11)',
      'SC-7(16)',
      'SC-7(20)',
      'SC-7(21)',
      'SC-7(3)',
      'SC-7(4)',
      'SC-7(9)',
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-8',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-publicaccessblockconfiguration.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-bucket.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
  ],
  messages: {
    settingsOff:
      "The bucket's PublicAccessBlockConfiguration does not set {settings} to true (a setting left out of the configuration is false).",
  },
  evaluate(ctx) {
    const bpa = bucketBlockPublicAccess(ctx.props);
    if (!bpa.explicit) {
      return configured('no PublicAccessBlockConfiguration: S3 enables all four Block Public Access settings on new buckets');
    }
    const off = BPA_SETTINGS.filter((s) => !bpa.settings[s]);
    if (off.length > 0) return unconfigured('settingsOff', { settings: off.join(', ') });
    return configured('all four Block Public Access settings are true');
  },
});
