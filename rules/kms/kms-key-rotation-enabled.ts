import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'kms-key-rotation-enabled',
  title: 'KMS symmetric encryption key has automatic key rotation enabled',
  category: 'data-protection',
  resourceTypes: ['AWS::KMS::Key'],
  awsSide:
    'AWS KMS rotates the key material of a customer managed key only when automatic rotation is enabled (by default every 365 days, RotationPeriodInDays 90-2560), keeps every earlier key material to decrypt old data, and rotates AWS managed keys every year on its own; automatic rotation is off by default for customer managed keys and supported only for symmetric encryption keys with AWS_KMS key material.',
  customerSide:
    "Key lifecycle is the customer's for customer managed keys: without automatic rotation the same key material protects data indefinitely, which widens the impact of a compromised key.",
  severity: 'warning',
  remediation: {
    l2: 'new kms.Key(this, id, { enableKeyRotation: true })',
    l1: 'EnableKeyRotation: true (optionally RotationPeriodInDays)',
  },
  controls: { fsbp: [], nist: ['SC-12', 'SC-12(2)', 'SC-28(3)'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-kms-key.html#cfn-kms-key-enablekeyrotation',
    'https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKeyRotation.html',
    'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-4',
  ],
  messages: {
    rotationOff: 'The symmetric encryption key has EnableKeyRotation {value}, so its key material is never rotated.',
  },
  evaluate(ctx) {
    const spec = ctx.props.at('KeySpec').str() ?? 'SYMMETRIC_DEFAULT';
    if (spec !== 'SYMMETRIC_DEFAULT') return notApplicable(`KeySpec ${spec}: AWS KMS rotates only symmetric encryption keys`);
    const usage = ctx.props.at('KeyUsage').str() ?? 'ENCRYPT_DECRYPT';
    if (usage !== 'ENCRYPT_DECRYPT') return notApplicable(`KeyUsage ${usage}: AWS KMS rotates only symmetric encryption keys`);
    const origin = ctx.props.at('Origin').str() ?? 'AWS_KMS';
    if (origin !== 'AWS_KMS')
      return notApplicable(`Origin ${origin}: automatic rotation is not available for imported or external key material`);
    const rotation = ctx.props.at('EnableKeyRotation').bool();
    if (rotation === true) {
      const period = ctx.props.at('RotationPeriodInDays').num();
      return configured(`EnableKeyRotation is true (every ${period ?? 365} days)`);
    }
    return unconfigured('rotationOff', { value: rotation === false ? 'false' : 'not set (off by default)' });
  },
});
