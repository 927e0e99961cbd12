import { CfnParameter } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as eksv1 from 'aws-cdk-lib/aws-eks';
import { dutyCases } from '../../harness';
import { cluster, rawNodegroup } from './fixtures';

dutyCases('eks-nodegroup-remote-access-restricted', [
  {
    name: 'the L2 node group has no remoteAccess',
    build: (stack) => cluster(stack).addNodegroupCapacity('NG'),
    path: 'Cluster/NodegroupNG',
    expect: 'configured',
  },
  {
    name: 'the L2 node group limits SSH to a bastion security group',
    build: (stack) => {
      const c = cluster(stack);
      const sg = new ec2.SecurityGroup(stack, 'Bastion', { vpc: c.vpc });
      c.addNodegroupCapacity('NG', { remoteAccess: { sshKeyName: 'ops', sourceSecurityGroups: [sg] } });
    },
    path: 'Cluster/NodegroupNG',
    expect: 'configured',
  },
  {
    name: 'the L2 node group names an SSH key without source security groups',
    build: (stack) => cluster(stack).addNodegroupCapacity('NG', { remoteAccess: { sshKeyName: 'ops' } }),
    path: 'Cluster/NodegroupNG',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override removes RemoteAccess',
    build: (stack) =>
      (
        cluster(stack).addNodegroupCapacity('NG', { remoteAccess: { sshKeyName: 'ops' } }).node.defaultChild as eksv1.CfnNodegroup
      ).addPropertyDeletionOverride('RemoteAccess'),
    path: 'Cluster/NodegroupNG',
    expect: 'configured',
  },
  {
    name: 'the source security groups are a parameter',
    build: (stack) => {
      const groups = new CfnParameter(stack, 'Sgs', { type: 'List<AWS::EC2::SecurityGroup::Id>' });
      rawNodegroup(stack, { remoteAccess: { ec2SshKey: 'ops', sourceSecurityGroups: groups.valueAsList } });
    },
    path: 'Raw',
    expect: 'unknown',
  },
]);
