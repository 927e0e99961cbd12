import { dutyCases } from '../../harness';
import { cfnCluster, cluster, param, rawCluster } from './fixtures';

dutyCases('eks-cluster-access-entries', [
  { name: 'the L2 (aws-eks-v2) cluster keeps its default (API)', build: (stack) => cluster(stack), path: 'Cluster', expect: 'configured' },
  {
    name: 'the L1 cluster sets API_AND_CONFIG_MAP',
    build: (stack) => rawCluster(stack, { accessConfig: { authenticationMode: 'API_AND_CONFIG_MAP' } }),
    path: 'Raw',
    expect: 'configured',
  },
  { name: 'the L1 cluster sets no AccessConfig (CONFIG_MAP)', build: (stack) => rawCluster(stack), path: 'Raw', expect: 'unconfigured' },
  {
    name: 'an escape-hatch override switches the L2 cluster to CONFIG_MAP',
    build: (stack) => cfnCluster(cluster(stack)).addPropertyOverride('AccessConfig.AuthenticationMode', 'CONFIG_MAP'),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'AuthenticationMode is a parameter',
    build: (stack) => rawCluster(stack, { accessConfig: { authenticationMode: param(stack) } }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
