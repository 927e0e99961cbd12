import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'msk-cluster-in-cluster-tls',
  title: 'MSK cluster encrypts traffic between broker nodes with TLS',
  category: 'data-protection',
  resourceTypes: ['AWS::MSK::Cluster'],
  awsSide:
    "Amazon MSK encrypts data exchanged among the cluster's brokers with TLS unless EncryptionInTransit InCluster is set to false; the default is true.",
  customerSide:
    "Keeping replication traffic between brokers encrypted is the customer's: with InCluster false, brokers replicate partitions in plaintext.",
  severity: 'error',
  remediation: {
    l1: 'EncryptionInfo: { EncryptionInTransit: { InCluster: true } } (or omit InCluster)',
  },
  controls: { fsbp: ['MSK.1'], nist: ['AC-4', 'SC-8', 'SC-8(1)', 'SC-23'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/msk-controls.html#msk-1',
    'https://docs.aws.amazon.com/config/latest/developerguide/msk-in-cluster-node-require-tls.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-msk-cluster-encryptionintransit.html',
  ],
  messages: {
    plaintext: 'EncryptionInTransit InCluster is false, so brokers exchange data in plaintext.',
  },
  evaluate(ctx) {
    const inCluster = ctx.props.at('EncryptionInfo.EncryptionInTransit.InCluster').bool();
    if (inCluster === false) return unconfigured('plaintext');
    return configured(inCluster === true ? 'InCluster is true' : 'InCluster not set: true by default');
  },
});
