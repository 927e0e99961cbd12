import { defineDuty } from '../../lib/model/duty';
import { keyChoice } from '../../lib/model/evidence/kms';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { engineOf } from './helpers';

export default defineDuty({
  id: 'mq-broker-kms-key',
  title: 'Amazon MQ ActiveMQ broker encrypts data with a customer managed KMS key',
  category: 'data-protection',
  resourceTypes: ['AWS::AmazonMQ::Broker'],
  awsSide:
    'Amazon MQ always encrypts broker data at rest; by default (EncryptionOptions UseAwsOwnedKey true) with an AWS owned key, and ActiveMQ brokers can use an AWS managed or customer managed KMS key instead.',
  customerSide:
    "For brokers that hold sensitive messages, choosing a customer managed key is the customer's: its key policy then controls who can decrypt the data, and every use is logged.",
  severity: 'info',
  remediation: {
    l1: 'EncryptionOptions: { UseAwsOwnedKey: false, KmsKeyId: <customer managed key ARN> }',
  },
  controls: { fsbp: [], nist: ['SC-12', 'SC-13', 'SC-28', 'SC-28(1)'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-amazonmq-broker-encryptionoptions.html',
    'https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/data-protection.html',
  ],
  messages: {
    awsOwned:
      'EncryptionOptions UseAwsOwnedKey is {owned}, so broker data is encrypted with an AWS owned key the customer cannot control or audit.',
    awsManaged: 'EncryptionOptions names no customer managed KmsKeyId, so broker data is encrypted with the AWS managed key for Amazon MQ.',
  },
  evaluate(ctx) {
    const engine = engineOf(ctx.props);
    if (engine === 'RABBITMQ')
      return notApplicable('RabbitMQ brokers are encrypted with an AWS owned key and do not support customer managed keys');
    const owned = ctx.props.at('EncryptionOptions.UseAwsOwnedKey').bool();
    if (owned !== false) return unconfigured('awsOwned', { owned: owned === true ? 'true' : 'not set (true)' });
    const key = keyChoice(ctx, ctx.props.at('EncryptionOptions.KmsKeyId'));
    if (key.kind === 'customer-managed') return configured(`KmsKeyId is ${key.key}`);
    return unconfigured('awsManaged');
  },
});
