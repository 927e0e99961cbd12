import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'dynamodb-dax-cluster-encryption-at-rest',
  title: 'DynamoDB Accelerator (DAX) cluster is encrypted at rest',
  category: 'data-protection',
  resourceTypes: ['AWS::DAX::Cluster'],
  awsSide:
    'DAX encrypts the data its nodes persist to disk with AES-256 under an AWS managed KMS key only when encryption at rest is enabled at cluster creation; it cannot be turned on later.',
  customerSide:
    "Cached items are copies of table data; protecting them at rest on the cluster's disks is the customer's choice, made once when the cluster is created.",
  severity: 'error',
  remediation: {
    l1: 'SSESpecification: { SSEEnabled: true } on AWS::DAX::Cluster (a new cluster: encryption at rest cannot be enabled on an existing one)',
  },
  controls: { fsbp: ['DynamoDB.3'], nist: ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-3',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dax-cluster-ssespecification.html',
    'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html',
  ],
  messages: {
    absent: 'The DAX cluster has no SSESpecification, so encryption at rest is off.',
    disabled: 'The DAX cluster sets SSESpecification.SSEEnabled: false.',
  },
  evaluate(ctx) {
    const enabled = ctx.props.at('SSESpecification.SSEEnabled').bool();
    if (enabled === true) return configured('SSESpecification.SSEEnabled is true');
    return enabled === undefined ? unconfigured('absent') : unconfigured('disabled');
  },
});
