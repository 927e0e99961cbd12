import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import dynamodbDaxClusterEncryptionAtRest from './dynamodb-dax-cluster-encryption-at-rest';
import dynamodbDaxClusterEncryptionInTransit from './dynamodb-dax-cluster-encryption-in-transit';
import dynamodbDaxClusterReadReplicas from './dynamodb-dax-cluster-read-replicas';
import dynamodbTableCapacityScalesWithDemand from './dynamodb-table-capacity-scales-with-demand';
import dynamodbTableCustomerManagedKey from './dynamodb-table-customer-managed-key';
import dynamodbTableDeletionProtection from './dynamodb-table-deletion-protection';
import dynamodbTablePointInTimeRecovery from './dynamodb-table-point-in-time-recovery';

/** DynamoDB and DynamoDB Accelerator (DAX) duties, sorted by id. */
export const duties: readonly Duty[] = [
  dynamodbDaxClusterEncryptionAtRest,
  dynamodbDaxClusterEncryptionInTransit,
  dynamodbDaxClusterReadReplicas,
  dynamodbTableCapacityScalesWithDemand,
  dynamodbTableCustomerManagedKey,
  dynamodbTableDeletionProtection,
  dynamodbTablePointInTimeRecovery,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::DynamoDB::Table',
    service: 'Amazon DynamoDB',
    serviceModel: 'abstracted',
    awsSide:
      'AWS operates the DynamoDB service, its storage, partitioning and endpoints, and encrypts every table at rest (with an AWS owned key unless the customer chooses an AWS managed or customer managed KMS key).',
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dynamodb-table-ssespecification.html',
  },
  {
    type: 'AWS::DynamoDB::GlobalTable',
    service: 'Amazon DynamoDB',
    serviceModel: 'abstracted',
    awsSide:
      "AWS operates the DynamoDB service and the replication between the global table's Regional replicas, and encrypts every replica at rest (with an AWS owned key unless the customer chooses a KMS key).",
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dynamodb-globaltable-ssespecification.html',
  },
  {
    type: 'AWS::DAX::Cluster',
    service: 'Amazon DynamoDB Accelerator (DAX)',
    serviceModel: 'container',
    awsSide:
      "AWS runs and maintains the DAX cluster nodes in the customer's VPC subnets (the customer chooses node type, replication factor and maintenance window); encryption at rest and TLS on the cluster endpoint are off unless enabled at creation.",
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dax-cluster.html',
  },
];
