import { Fn } from 'aws-cdk-lib';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import { dutyCases } from '../../harness';
import { cluster } from './fixtures';

dutyCases('ecs-cluster-container-insights', [
  {
    name: 'the L2 cluster sets containerInsightsV2 ENHANCED',
    build: (stack) => cluster(stack, { containerInsightsV2: ecs.ContainerInsights.ENHANCED }),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the L2 cluster sets containerInsightsV2 ENABLED',
    build: (stack) => cluster(stack, { containerInsightsV2: ecs.ContainerInsights.ENABLED }),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the L2 cluster has no cluster setting (account default)',
    build: (stack) => cluster(stack),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 cluster sets containerInsightsV2 DISABLED',
    build: (stack) => cluster(stack, { containerInsightsV2: ecs.ContainerInsights.DISABLED }),
    path: 'Cluster',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override enables Container Insights',
    build: (stack) =>
      (cluster(stack).node.defaultChild as ecs.CfnCluster).addPropertyOverride('ClusterSettings', [
        { Name: 'containerInsights', Value: 'enabled' },
      ]),
    path: 'Cluster',
    expect: 'configured',
  },
  {
    name: 'the setting value is chosen by a condition',
    build: (stack) =>
      new ecs.CfnCluster(stack, 'Cluster', {
        clusterSettings: [{ name: 'containerInsights', value: Fn.conditionIf('Prod', 'enhanced', 'disabled').toString() }],
      }),
    path: 'Cluster',
    expect: 'unknown',
  },
]);
