import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'eks-nodegroup-remote-access-restricted',
  title: 'EKS managed node group does not open SSH/RDP to the internet',
  category: 'infrastructure-security',
  resourceTypes: ['AWS::EKS::Nodegroup'],
  awsSide:
    "AWS launches and replaces the node group's EC2 instances; when RemoteAccess names an SSH key but no SourceSecurityGroups, EKS opens port 22 (3389 for Windows) on the nodes to 0.0.0.0/0.",
  customerSide:
    "The nodes are the customer's instances: remote access must be limited to known security groups, or left off in favour of Systems Manager Session Manager.",
  severity: 'error',
  remediation: {
    l2: 'cluster.addNodegroupCapacity(id, { remoteAccess: { sshKeyName, sourceSecurityGroups: [bastionSg] } }) (or no remoteAccess at all)',
    l1: 'RemoteAccess: { Ec2SshKey, SourceSecurityGroups: [<sg-id>] } (or omit RemoteAccess)',
  },
  controls: { fsbp: [], nist: ['AC-17', 'AC-17(1)', 'AC-4', 'SC-7', 'SC-7(4)', 'CM-7'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-nodegroup-remoteaccess.html',
    'https://docs.aws.amazon.com/eks/latest/userguide/create-managed-node-group.html',
  ],
  messages: {
    open: 'RemoteAccess names the SSH key {key} without SourceSecurityGroups, so EKS opens the remote access port on every node to 0.0.0.0/0.',
  },
  evaluate(ctx) {
    const remote = ctx.props.at('RemoteAccess');
    if (!remote.isSet()) return configured('no RemoteAccess: EKS opens no remote access port');
    const groups = remote.at('SourceSecurityGroups').list() ?? [];
    if (groups.length > 0) return configured(`remote access limited to ${groups.length} source security group(s)`);
    const key = remote.at('Ec2SshKey').str();
    return unconfigured('open', { key: key ? `'${key}'` : '(unnamed)' });
  },
});
