import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'dynamodb-dax-cluster-read-replicas',
  title: 'DynamoDB Accelerator (DAX) cluster has at least two read replicas',
  category: 'resilience',
  resourceTypes: ['AWS::DAX::Cluster'],
  awsSide:
    'DAX runs the nodes the customer asks for and spreads them across Availability Zones when AvailabilityZones is omitted; a ReplicationFactor of 1 is a single node with no read replica.',
  customerSide:
    "Sizing the cluster for fault tolerance is the customer's decision; AWS recommends at least two read replicas (ReplicationFactor 3 or more) so the cache survives the loss of a node or an Availability Zone.",
  severity: 'warning',
  remediation: {
    l1: 'ReplicationFactor: 3 (one primary and two read replicas) or more on AWS::DAX::Cluster',
  },
  controls: { fsbp: [], nist: ['CP-10', 'SC-36', 'SC-5(2)', 'SI-13(5)'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dax-cluster.html#cfn-dax-cluster-replicationfactor',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dax-cluster.html#cfn-dax-cluster-availabilityzones',
  ],
  messages: {
    tooFew: 'The DAX cluster sets ReplicationFactor: {factor}, which is {replicas} read replica(s); AWS recommends at least two.',
  },
  evaluate(ctx) {
    const factor = ctx.props.at('ReplicationFactor').num();
    if (factor !== undefined && factor >= 3) return configured(`ReplicationFactor is ${factor}`);
    const f = factor ?? 0;
    return unconfigured('tooFew', { factor: factor === undefined ? 'absent' : f, replicas: Math.max(f - 1, 0) });
  },
});
