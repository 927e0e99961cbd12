import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'kinesis-stream-encrypted',
  title: 'Kinesis data stream is encrypted at rest with server-side encryption',
  category: 'data-protection',
  resourceTypes: ['AWS::Kinesis::Stream'],
  awsSide:
    'Kinesis Data Streams encrypts records with an AWS KMS key before writing them to storage only when the stream has StreamEncryption; without it records are stored unencrypted.',
  customerSide:
    "Encrypting the stream's data at rest is the customer's: a stream created without StreamEncryption keeps its records in plaintext storage.",
  severity: 'error',
  remediation: {
    l2: 'new kinesis.Stream(this, id, { encryption: kinesis.StreamEncryption.MANAGED }) (or KMS with encryptionKey)',
    l1: 'StreamEncryption: { EncryptionType: KMS, KeyId: alias/aws/kinesis | <key ARN> }',
  },
  controls: { fsbp: ['Kinesis.1'], nist: ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kinesis-controls.html#kinesis-1',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-kinesis-stream.html#cfn-kinesis-stream-streamencryption',
    'https://docs.aws.amazon.com/config/latest/developerguide/kinesis-stream-encrypted.html',
  ],
  messages: {
    none: 'The stream has no StreamEncryption, so Kinesis stores its records unencrypted.',
  },
  evaluate(ctx) {
    const type = ctx.props.at('StreamEncryption.EncryptionType').str();
    if (type === 'KMS')
      return configured(
        `StreamEncryption with KMS key ${ctx.props.at('StreamEncryption.KeyId').isToken ? '(a reference)' : ctx.props.at('StreamEncryption.KeyId').str()}`,
      );
    return unconfigured('none');
  },
});
