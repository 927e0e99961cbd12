import { Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as eks from 'aws-cdk-lib/aws-eks-v2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { type AppShape, ENV } from './common';

/** An EKS cluster (aws-eks-v2: native CloudFormation, access entries, no kubectl layer) with a managed node group. */
export const eksCluster: AppShape = {
  name: 'EKS cluster (aws-eks-v2) with a managed node group',
  build: (app, variant) => {
    const secure = variant === 'secure';
    const stack = new Stack(app, 'Eks', { env: ENV });
    const vpc = new ec2.Vpc(stack, 'Vpc', {
      maxAzs: 2,
      natGateways: 1,
      restrictDefaultSecurityGroup: secure,
      flowLogs: secure
        ? {
            all: {
              destination: ec2.FlowLogDestination.toCloudWatchLogs(
                new logs.LogGroup(stack, 'FlowLogs', { retention: logs.RetentionDays.ONE_YEAR }),
              ),
            },
          }
        : undefined,
    });
    const cluster = new eks.Cluster(stack, 'Cluster', {
      vpc,
      version: secure ? eks.KubernetesVersion.V1_34 : eks.KubernetesVersion.V1_30,
      defaultCapacityType: eks.DefaultCapacityType.NODEGROUP,
      defaultCapacity: 0,
      ...(secure
        ? {
            endpointAccess: eks.EndpointAccess.PRIVATE,
            secretsEncryptionKey: new kms.Key(stack, 'SecretsKey', { enableKeyRotation: true }),
            clusterLogging: [eks.ClusterLoggingTypes.API, eks.ClusterLoggingTypes.AUDIT, eks.ClusterLoggingTypes.AUTHENTICATOR],
          }
        : { endpointAccess: eks.EndpointAccess.PUBLIC }),
    });
    cluster.addNodegroupCapacity('Workers', {
      instanceTypes: [new ec2.InstanceType('m6i.large')],
      minSize: 2,
      subnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      // CDK picks AL2 for x86 instance types unless told; AL2 has left standard support.
      ...(secure ? { amiType: eks.NodegroupAmiType.AL2023_X86_64_STANDARD } : { remoteAccess: { sshKeyName: 'ops' } }),
    });
  },
  insecureFindings: [
    { duty: 'eks-cluster-endpoint-not-public', path: 'Eks/Cluster' },
    { duty: 'eks-nodegroup-remote-access-restricted', path: 'Eks/Cluster/NodegroupWorkers' },
    { duty: 'eks-nodegroup-supported-ami-type', path: 'Eks/Cluster/NodegroupWorkers' },
    { duty: 'eks-cluster-audit-logging', path: 'Eks/Cluster' },
    { duty: 'eks-cluster-secrets-encryption', path: 'Eks/Cluster' },
    { duty: 'eks-cluster-supported-version', path: 'Eks/Cluster' },
  ],
};
