import { CfnCondition, Fn } from 'aws-cdk-lib';
import * as dax from 'aws-cdk-lib/aws-dax';
import { dutyCases } from '../../harness';

const base: dax.CfnClusterProps = {
  iamRoleArn: 'arn:aws:iam::111111111111:role/DaxAccess',
  nodeType: 'dax.r5.large',
  replicationFactor: 3,
};

dutyCases('dynamodb-dax-cluster-encryption-in-transit', [
  {
    name: 'the cluster sets ClusterEndpointEncryptionType TLS',
    build: (stack) => new dax.CfnCluster(stack, 'Dax', { ...base, clusterEndpointEncryptionType: 'TLS' }),
    path: 'Dax',
    expect: 'configured',
  },
  {
    name: 'the cluster leaves ClusterEndpointEncryptionType unset (NONE)',
    build: (stack) => new dax.CfnCluster(stack, 'Dax', base),
    path: 'Dax',
    expect: 'unconfigured',
  },
  {
    name: 'the cluster sets ClusterEndpointEncryptionType NONE',
    build: (stack) => new dax.CfnCluster(stack, 'Dax', { ...base, clusterEndpointEncryptionType: 'NONE' }),
    path: 'Dax',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override sets TLS',
    build: (stack) => new dax.CfnCluster(stack, 'Dax', base).addPropertyOverride('ClusterEndpointEncryptionType', 'TLS'),
    path: 'Dax',
    expect: 'configured',
  },
  {
    name: 'the encryption type is chosen by Fn::If',
    build: (stack) => {
      const cond = new CfnCondition(stack, 'IsProd', { expression: Fn.conditionEquals('a', 'b') });
      new dax.CfnCluster(stack, 'Dax', {
        ...base,
        clusterEndpointEncryptionType: Fn.conditionIf(cond.logicalId, 'TLS', 'NONE').toString(),
      });
    },
    path: 'Dax',
    expect: 'unknown',
  },
]);
