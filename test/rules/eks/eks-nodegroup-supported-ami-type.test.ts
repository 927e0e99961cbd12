import * as eks from 'aws-cdk-lib/aws-eks-v2';
import * as eksv1 from 'aws-cdk-lib/aws-eks';
import { dutyCases } from '../../harness';
import { cluster, param, rawNodegroup } from './fixtures';

dutyCases('eks-nodegroup-supported-ami-type', [
  {
    name: 'the L1 node group sets no AmiType (EKS default AL2023)',
    build: (stack) => rawNodegroup(stack),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the L2 node group sets amiType AL2023_X86_64_STANDARD',
    build: (stack) => cluster(stack).addNodegroupCapacity('NG', { amiType: eks.NodegroupAmiType.AL2023_X86_64_STANDARD }),
    path: 'Cluster/NodegroupNG',
    expect: 'configured',
  },
  {
    name: 'the L2 node group sets amiType AL2_X86_64',
    build: (stack) => cluster(stack).addNodegroupCapacity('NG', { amiType: eks.NodegroupAmiType.AL2_X86_64 }),
    path: 'Cluster/NodegroupNG',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override moves the node group to Bottlerocket',
    build: (stack) =>
      (
        cluster(stack).addNodegroupCapacity('NG', { amiType: eks.NodegroupAmiType.AL2_X86_64 }).node.defaultChild as eksv1.CfnNodegroup
      ).addPropertyOverride('AmiType', 'BOTTLEROCKET_x86_64'),
    path: 'Cluster/NodegroupNG',
    expect: 'configured',
  },
  { name: 'AmiType is a parameter', build: (stack) => rawNodegroup(stack, { amiType: param(stack) }), path: 'Raw', expect: 'unknown' },
]);
