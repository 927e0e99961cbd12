import { Fn } from 'aws-cdk-lib';
import * as eks from 'aws-cdk-lib/aws-eks-v2';
import { dutyCases } from '../../harness';
import { cfnCluster, cluster, rawCluster } from './fixtures';

dutyCases('eks-cluster-endpoint-not-public', [
  {
    name: 'the L2 cluster sets endpointAccess PRIVATE',
    build: (stack) => cluster(stack, { endpointAccess: eks.EndpointAccess.PRIVATE }),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the L2 cluster restricts the public endpoint to one CIDR',
    build: (stack) => cluster(stack, { endpointAccess: eks.EndpointAccess.PUBLIC_AND_PRIVATE.onlyFrom('203.0.113.0/24') }),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the L2 cluster keeps the default (public to 0.0.0.0/0)',
    build: (stack) => cluster(stack),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'the L1 cluster lists 0.0.0.0/0 explicitly',
    build: (stack) =>
      rawCluster(stack, { resourcesVpcConfig: { subnetIds: ['subnet-1'], publicAccessCidrs: ['10.0.0.0/8', '0.0.0.0/0'] } }),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override turns the public endpoint off',
    build: (stack) => cfnCluster(cluster(stack)).addPropertyOverride('ResourcesVpcConfig.EndpointPublicAccess', false),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'EndpointPublicAccess is chosen by a condition',
    build: (stack) =>
      rawCluster(stack).addPropertyOverride('ResourcesVpcConfig.EndpointPublicAccess', Fn.conditionIf('Public', true, false)),
    path: 'Raw',
    expect: 'unknown',
  },
]);
