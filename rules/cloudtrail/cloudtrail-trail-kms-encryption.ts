import { defineDuty } from '../../lib/model/duty';
import { namedKey } from '../../lib/model/evidence/kms';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'cloudtrail-trail-kms-encryption',
  title: 'CloudTrail trail encrypts log files with SSE-KMS',
  category: 'data-protection',
  resourceTypes: ['AWS::CloudTrail::Trail'],
  awsSide:
    'CloudTrail log files are encrypted with Amazon S3 server-side encryption (SSE-S3) by default; they are encrypted with a KMS key only when the trail names one in KMSKeyId.',
  customerSide:
    "Choosing a KMS key for the audit trail is the customer's: with SSE-KMS, reading the logs also requires kms:Decrypt under a key policy the customer controls, and every use of the key is logged.",
  severity: 'warning',
  remediation: {
    l2: 'new cloudtrail.Trail(this, id, { encryptionKey: key }) (the key policy must allow cloudtrail.amazonaws.com)',
    l1: 'KMSKeyId: <KMS key ARN or alias>',
  },
  controls: { fsbp: ['CloudTrail.2'], nist: ['AU-9', 'CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-2',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudtrail-trail.html#cfn-cloudtrail-trail-kmskeyid',
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html',
  ],
  messages: {
    noKey: 'The trail has no KMSKeyId, so its log files are encrypted only with SSE-S3.',
  },
  evaluate(ctx) {
    const key = namedKey(ctx, ctx.props.at('KMSKeyId'));
    if (key === undefined) return unconfigured('noKey');
    return configured(`KMSKeyId is ${key}`);
  },
});
