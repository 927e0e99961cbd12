import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'msk-cluster-client-broker-tls',
  title: 'MSK cluster accepts client connections over TLS only',
  category: 'data-protection',
  resourceTypes: ['AWS::MSK::Cluster'],
  awsSide:
    'Amazon MSK accepts only TLS connections from clients unless EncryptionInTransit ClientBroker is set to TLS_PLAINTEXT or PLAINTEXT; the default is TLS.',
  customerSide:
    "Keeping data between producers, consumers and brokers encrypted is the customer's: a plaintext listener lets records and credentials cross the network unencrypted.",
  severity: 'error',
  remediation: {
    l1: 'EncryptionInfo: { EncryptionInTransit: { ClientBroker: TLS } } (or omit ClientBroker)',
  },
  controls: { fsbp: [], nist: ['AC-17(2)', 'SC-8', 'SC-8(1)', 'SC-23'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-msk-cluster-encryptionintransit.html',
    'https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html',
  ],
  messages: {
    plaintext: 'EncryptionInTransit ClientBroker is {value}, so the cluster accepts plaintext client connections.',
  },
  evaluate(ctx) {
    const mode = ctx.props.at('EncryptionInfo.EncryptionInTransit.ClientBroker').str();
    if (mode === undefined || mode === 'TLS') return configured(mode ? 'ClientBroker is TLS' : 'ClientBroker not set: TLS by default');
    return unconfigured('plaintext', { value: mode });
  },
});
