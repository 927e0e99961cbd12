import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'eks-nodegroup-supported-ami-type',
  title: 'EKS managed node group uses a supported EKS-optimized AMI family',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::EKS::Nodegroup'],
  awsSide:
    'AWS publishes patched EKS-optimized AMIs per AMI family; it stopped publishing Amazon Linux 2 (AL2_*) AMIs after November 26, 2025 (Kubernetes 1.32 is the last version with AL2 AMIs), and new node groups default to AL2023 since Kubernetes 1.30.',
  customerSide:
    "The nodes are the customer's instances: choosing an AMI family that still receives security updates, and rolling the node group onto new release versions, is the customer's patching duty.",
  severity: 'warning',
  remediation: {
    l2: 'cluster.addNodegroupCapacity(id, { amiType: eks.NodegroupAmiType.AL2023_X86_64_STANDARD }) (or BOTTLEROCKET_*)',
    l1: 'AmiType: AL2023_x86_64_STANDARD (or AL2023_ARM_64_STANDARD, BOTTLEROCKET_x86_64, ...); not AL2_*',
  },
  controls: { fsbp: [], nist: ['SI-2', 'SI-2(2)', 'SA-22', 'CM-2'] },
  sources: [
    'https://docs.aws.amazon.com/eks/latest/userguide/eks-ami-build-scripts.html',
    'https://docs.aws.amazon.com/eks/latest/userguide/al2023.html',
    'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions-extended.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-eks-nodegroup.html#cfn-eks-nodegroup-amitype',
  ],
  messages: {
    al2: 'The node group uses AmiType {amiType}; EKS-optimized Amazon Linux 2 AMIs reached end of support on November 26, 2025 and receive no further updates.',
  },
  evaluate(ctx) {
    const amiType = ctx.props.at('AmiType').str();
    if (amiType === undefined) {
      if (ctx.props.at('LaunchTemplate').isSet())
        return configured("no AmiType: the launch template chooses the AMI (a custom AMI is the customer's to patch)");
      return configured('AmiType is not set, so EKS uses its default (AL2023 for Kubernetes 1.30 and later)');
    }
    if (/^AL2_/i.test(amiType)) return unconfigured('al2', { amiType });
    return configured(`AmiType is ${amiType}`);
  },
});
