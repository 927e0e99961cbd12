import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { accessPointSettingsOff } from './helpers';

export default defineDuty({
  id: 's3-multi-region-access-point-block-public-access',
  title: 'S3 Multi-Region Access Point keeps all four Block Public Access settings on',
  category: 'identity-and-access',
  resourceTypes: ['AWS::S3::MultiRegionAccessPoint'],
  awsSide:
    'S3 turns all four Block Public Access settings on for a new Multi-Region Access Point unless the customer disables them at creation; they cannot be changed afterwards.',
  customerSide:
    "Disabling a Multi-Region Access Point's Block Public Access is the customer's choice, and it lets internet requests through the global endpoint reach the underlying buckets.",
  severity: 'error',
  remediation: {
    l1: 'PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } (or omit the property)',
  },
  controls: {
    fsbp: ['S3.24'],
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
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-24',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-multiregionaccesspoint-publicaccessblockconfiguration.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/multi-region-access-point-block-public-access.html',
  ],
  messages: {
    settingsOff: "The Multi-Region Access Point's PublicAccessBlockConfiguration sets {settings} to false.",
  },
  evaluate(ctx) {
    const off = accessPointSettingsOff(ctx.props);
    if (off.length > 0) return unconfigured('settingsOff', { settings: off.join(', ') });
    return configured(
      ctx.props.at('PublicAccessBlockConfiguration').isSet()
        ? 'no Block Public Access setting is turned off'
        : 'no PublicAccessBlockConfiguration: S3 enables all four settings on new Multi-Region Access Points',
    );
  },
});
