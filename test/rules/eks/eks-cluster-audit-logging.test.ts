import * as eks from 'aws-cdk-lib/aws-eks-v2';
import { dutyCases } from '../../harness';
import { cfnCluster, cluster, param, rawCluster } from './fixtures';

dutyCases('eks-cluster-audit-logging', [
  {
    name: 'the L2 cluster enables the audit log',
    build: (stack) => cluster(stack, { clusterLogging: [eks.ClusterLoggingTypes.AUDIT, eks.ClusterLoggingTypes.API] }),
    path: 'Cluster',
    expect: 'configured',
  },
  { name: 'the L2 cluster keeps the default (no logs)', build: (stack) => cluster(stack), path: 'Cluster', expect: 'unconfigured' },
  {
    name: 'the L2 cluster enables only the api log',
    build: (stack) => cluster(stack, { clusterLogging: [eks.ClusterLoggingTypes.API] }),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override enables the audit log',
    build: (stack) => cfnCluster(cluster(stack)).addPropertyOverride('Logging.ClusterLogging.EnabledTypes', [{ Type: 'audit' }]),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the log type is a parameter',
    build: (stack) => rawCluster(stack, { logging: { clusterLogging: { enabledTypes: [{ type: param(stack) }] } } }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
