import { CfnParameter, type Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as eks from 'aws-cdk-lib/aws-eks-v2';
import * as eksv1 from 'aws-cdk-lib/aws-eks';

/** An aws-eks-v2 cluster `Cluster` (native AWS::EKS::Cluster, no kubectl provider) with no default capacity, in a small isolated VPC. */
export function cluster(stack: Stack, props: Partial<eks.ClusterProps> = {}): eks.Cluster {
  const vpc = new ec2.Vpc(stack, 'Vpc', {
    maxAzs: 2,
    natGateways: 0,
    subnetConfiguration: [{ name: 'isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
  });
  return new eks.Cluster(stack, 'Cluster', {
    vpc,
    vpcSubnets: [{ subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
    version: eks.KubernetesVersion.V1_34,
    defaultCapacityType: eks.DefaultCapacityType.NODEGROUP,
    defaultCapacity: 0,
    ...props,
  });
}

export function cfnCluster(c: eks.Cluster): eksv1.CfnCluster {
  return c.node.defaultChild as eksv1.CfnCluster;
}

/** A bare L1 cluster `Raw`. */
export function rawCluster(stack: Stack, props: Partial<eksv1.CfnClusterProps> = {}): eksv1.CfnCluster {
  return new eksv1.CfnCluster(stack, 'Raw', {
    roleArn: 'arn:aws:iam::111111111111:role/eks',
    resourcesVpcConfig: { subnetIds: ['subnet-1', 'subnet-2'] },
    ...props,
  });
}

/** A bare L1 node group `Raw`. */
export function rawNodegroup(stack: Stack, props: Partial<eksv1.CfnNodegroupProps> = {}): eksv1.CfnNodegroup {
  return new eksv1.CfnNodegroup(stack, 'Raw', {
    clusterName: 'c',
    nodeRole: 'arn:aws:iam::111111111111:role/node',
    subnets: ['subnet-1'],
    ...props,
  });
}

export function param(stack: Stack, id = 'Param'): string {
  return new CfnParameter(stack, id).valueAsString;
}
