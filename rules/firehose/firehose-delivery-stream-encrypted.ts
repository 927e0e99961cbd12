import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'firehose-delivery-stream-encrypted',
  title: 'Firehose stream has server-side encryption enabled',
  category: 'data-protection',
  resourceTypes: ['AWS::KinesisFirehose::DeliveryStream'],
  awsSide:
    "Amazon Data Firehose encrypts data in transit with TLS and encrypts data in its interim storage during processing; server-side encryption of a Direct PUT stream with a KMS key is on only when DeliveryStreamEncryptionConfigurationInput is set. A stream that reads from Kinesis Data Streams relies on the source stream's encryption.",
  customerSide:
    "Turning on server-side encryption for streams that carry sensitive data is the customer's, and so is the choice between an AWS owned and a customer managed key.",
  severity: 'info',
  remediation: {
    l2: 'new firehose.DeliveryStream(this, id, { encryption: firehose.StreamEncryption.awsOwnedKey() }) (or customerManagedKey(key))',
    l1: 'DeliveryStreamEncryptionConfigurationInput: { KeyType: AWS_OWNED_CMK | CUSTOMER_MANAGED_CMK, KeyARN: <key ARN for CUSTOMER_MANAGED_CMK> }',
  },
  controls: { fsbp: [], nist: ['SC-12', 'SC-13', 'SC-28', 'SC-28(1)'] },
  sources: [
    'https://docs.aws.amazon.com/firehose/latest/dev/encryption.html',
    'https://docs.aws.amazon.com/config/latest/developerguide/kinesis-firehose-delivery-stream-encrypted.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-kinesisfirehose-deliverystream-deliverystreamencryptionconfigurationinput.html',
  ],
  messages: {
    off: 'The {type} Firehose stream has no DeliveryStreamEncryptionConfigurationInput, so server-side encryption is off.',
  },
  evaluate(ctx) {
    const type = ctx.props.at('DeliveryStreamType').str() ?? 'DirectPut';
    if (type === 'KinesisStreamAsSource')
      return notApplicable('the stream reads from a Kinesis data stream, whose own encryption protects the data at rest');
    if (type === 'MSKAsSource')
      return notApplicable('the stream reads from an Amazon MSK cluster, whose own encryption protects the data at rest');
    const sse = ctx.props.at('DeliveryStreamEncryptionConfigurationInput');
    if (sse.isSet()) return configured(`server-side encryption with ${sse.at('KeyType').str() ?? 'AWS_OWNED_CMK'}`);
    return unconfigured('off', { type });
  },
});
