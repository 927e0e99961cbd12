import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

const OPEN = new Set(['0.0.0.0/0', '::/0']);

export default defineDuty({
  id: 'eks-cluster-endpoint-not-public',
  title: 'EKS cluster API endpoint is private or restricted to known CIDR blocks',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::EKS::Cluster'],
  awsSide:
    "AWS runs the Kubernetes API server and authenticates every request with IAM; EndpointPublicAccess defaults to true and PublicAccessCidrs to 0.0.0.0/0, so a new cluster's endpoint is reachable from the whole internet.",
  customerSide:
    "Who can reach the API server is the customer's network choice: turn the public endpoint off (private access only) or restrict it to the CIDR blocks that administer the cluster.",
  severity: 'error',
  remediation: {
    l2: "new eks.Cluster(this, id, { endpointAccess: eks.EndpointAccess.PRIVATE }) or eks.EndpointAccess.PUBLIC_AND_PRIVATE.onlyFrom('203.0.113.0/24')",
    l1: 'ResourcesVpcConfig: { EndpointPublicAccess: false, EndpointPrivateAccess: true } or PublicAccessCidrs: [<admin CIDRs>]',
  },
  controls: {
    fsbp: ['EKS.1'],
    nist: [
      'AC-21',
      'AC-3',
      'AC-3(7)',
      'AC-4',
      'AC-4(21)',
      'AC-6',
      'SC-7',
      'SC-7(11)',
      'SC-7(16)',
      'SC-7(20)',
      'SC-7(21)',
      'SC-7(3)',
      'SC-7(4)',
      'SC-7(9)',
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-1',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-cluster-resourcesvpcconfig.html',
    'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
  ],
  messages: {
    openDefault:
      'The cluster API endpoint is public (EndpointPublicAccess true or unset) and PublicAccessCidrs is not set, so it accepts connections from 0.0.0.0/0.',
    open: 'The cluster API endpoint is public and PublicAccessCidrs includes {cidrs}.',
  },
  evaluate(ctx) {
    const vpc = ctx.props.at('ResourcesVpcConfig');
    if (vpc.at('EndpointPublicAccess').bool() === false) return configured('EndpointPublicAccess is false (private endpoint only)');
    const cidrs = (vpc.at('PublicAccessCidrs').list() ?? []).map((c) => c.str() ?? '');
    if (cidrs.length === 0) return unconfigured('openDefault');
    const open = cidrs.filter((c) => OPEN.has(c.trim()));
    if (open.length > 0) return unconfigured('open', { cidrs: open.join(', ') });
    return configured(`public endpoint restricted to ${cidrs.join(', ')} (Security Hub EKS.1 still reports any public endpoint)`);
  },
});
