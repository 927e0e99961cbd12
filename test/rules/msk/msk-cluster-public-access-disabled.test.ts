import { Fn } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { cluster } from './fixtures';

const nodes = { instanceType: 'kafka.m5.large', clientSubnets: ['subnet-1', 'subnet-2'] };

dutyCases('msk-cluster-public-access-disabled', [
  {
    name: 'the cluster leaves public access unset (DISABLED by default)',
    build: (stack) => cluster(stack),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the cluster turns on public access',
    build: (stack) =>
      cluster(stack, { brokerNodeGroupInfo: { ...nodes, connectivityInfo: { publicAccess: { type: 'SERVICE_PROVIDED_EIPS' } } } }),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override disables public access',
    build: (stack) =>
      cluster(stack, {
        brokerNodeGroupInfo: { ...nodes, connectivityInfo: { publicAccess: { type: 'SERVICE_PROVIDED_EIPS' } } },
      }).addPropertyOverride('BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type', 'DISABLED'),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the public access type is chosen by a condition',
    build: (stack) =>
      cluster(stack, {
        brokerNodeGroupInfo: {
          ...nodes,
          connectivityInfo: { publicAccess: { type: Fn.conditionIf('Public', 'SERVICE_PROVIDED_EIPS', 'DISABLED').toString() } },
        },
      }),
    path: 'Cluster',
    expect: 'unknown',
  },
]);
