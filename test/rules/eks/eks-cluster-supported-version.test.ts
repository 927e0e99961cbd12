import * as eks from 'aws-cdk-lib/aws-eks-v2';
import { dutyCases } from '../../harness';
import { cfnCluster, cluster, param, rawCluster } from './fixtures';

dutyCases('eks-cluster-supported-version', [
  {
    name: 'the L2 cluster runs 1.34',
    build: (stack) => cluster(stack, { version: eks.KubernetesVersion.V1_34 }),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the L2 cluster runs 1.35',
    build: (stack) => cluster(stack, { version: eks.KubernetesVersion.V1_35 }),
    path: 'Cluster',
    expect: 'configured',
  },
  { name: 'the L1 cluster sets no Version (EKS default)', build: (stack) => rawCluster(stack), path: 'Raw', expect: 'configured' },
  {
    name: 'the L2 cluster runs 1.32 (extended support)',
    build: (stack) => cluster(stack, { version: eks.KubernetesVersion.V1_32 }),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'the L1 cluster runs 1.27 (past end of support)',
    build: (stack) => rawCluster(stack, { version: '1.27' }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override moves the cluster to 1.35',
    build: (stack) => cfnCluster(cluster(stack, { version: eks.KubernetesVersion.V1_31 })).addPropertyOverride('Version', '1.35'),
    path: 'Cluster',
    expect: 'configured',
  },
  { name: 'Version is a parameter', build: (stack) => rawCluster(stack, { version: param(stack) }), path: 'Raw', expect: 'unknown' },
]);
