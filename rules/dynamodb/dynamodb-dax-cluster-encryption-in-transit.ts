import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'dynamodb-dax-cluster-encryption-in-transit',
  title: 'DynamoDB Accelerator (DAX) cluster endpoint requires TLS',
  category: 'data-protection',
  resourceTypes: ['AWS::DAX::Cluster'],
  awsSide:
    'DAX serves its cluster endpoint over TLS, with an x509 certificate, only when ClusterEndpointEncryptionType is TLS; the default is NONE, and the setting cannot be changed after creation.',
  customerSide:
    "Protecting the items exchanged between the application and the cache in transit is the customer's choice of endpoint encryption, made when the cluster is created.",
  severity: 'error',
  remediation: {
    l1: 'ClusterEndpointEncryptionType: TLS on AWS::DAX::Cluster (a new cluster: the setting cannot be enabled on an existing one; use a recent DAX client)',
  },
  controls: {
    fsbp: ['DynamoDB.7'],
    nist: ['AC-17(2)', 'AC-4', 'IA-5(1)', 'SC-12(3)', 'SC-13', 'SC-23', 'SC-23(3)', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)', 'SI-7(6)'],
  },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-7',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dax-cluster.html#cfn-dax-cluster-clusterendpointencryptiontype',
    'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionInTransit.html',
  ],
  messages: {
    absent: 'The DAX cluster does not set ClusterEndpointEncryptionType, so it defaults to NONE and the endpoint is unencrypted.',
    notTls: 'The DAX cluster sets ClusterEndpointEncryptionType: {value}, so the endpoint is unencrypted.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('ClusterEndpointEncryptionType').str();
    if (value === 'TLS') return configured('ClusterEndpointEncryptionType is TLS');
    return value === undefined ? unconfigured('absent') : unconfigured('notTls', { value });
  },
});
