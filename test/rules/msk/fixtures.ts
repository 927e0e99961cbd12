import * as msk from 'aws-cdk-lib/aws-msk';
import type { Construct } from 'constructs';

/** A minimal provisioned MSK cluster; `extra` adds or replaces properties. */
export function cluster(scope: Construct, extra: Partial<msk.CfnClusterProps> = {}, id = 'Cluster'): msk.CfnCluster {
  return new msk.CfnCluster(scope, id, {
    clusterName: 'test',
    kafkaVersion: '3.6.0',
    numberOfBrokerNodes: 2,
    brokerNodeGroupInfo: { instanceType: 'kafka.m5.large', clientSubnets: ['subnet-1', 'subnet-2'] },
    ...extra,
  });
}
