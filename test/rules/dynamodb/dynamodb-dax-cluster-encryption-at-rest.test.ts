import { CfnParameter } from 'aws-cdk-lib';
import * as dax from 'aws-cdk-lib/aws-dax';
import { dutyCases } from '../../harness';

const base: dax.CfnClusterProps = {
  iamRoleArn: 'arn:aws:iam::111111111111:role/DaxAccess',
  nodeType: 'dax.r5.large',
  replicationFactor: 3,
};

dutyCases('dynamodb-dax-cluster-encryption-at-rest', [
  {
    name: 'the cluster enables SSE',
    build: (stack) => new dax.CfnCluster(stack, 'Dax', { ...base, sseSpecification: { sseEnabled: true } }),
    path: 'Dax',
    expect: 'configured',
  },
  {
    name: 'the cluster sets no SSESpecification (encryption at rest off)',
    build: (stack) => new dax.CfnCluster(stack, 'Dax', base),
    path: 'Dax',
    expect: 'unconfigured',
  },
  {
    name: 'the cluster sets SSEEnabled: false',
    build: (stack) => new dax.CfnCluster(stack, 'Dax', { ...base, sseSpecification: { sseEnabled: false } }),
    path: 'Dax',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override enables SSE',
    build: (stack) => new dax.CfnCluster(stack, 'Dax', base).addPropertyOverride('SSESpecification.SSEEnabled', true),
    path: 'Dax',
    expect: 'configured',
  },
  {
    name: 'SSEEnabled is a parameter',
    build: (stack) => {
      const p = new CfnParameter(stack, 'Sse', { allowedValues: ['true', 'false'] });
      new dax.CfnCluster(stack, 'Dax', { ...base, sseSpecification: { sseEnabled: p.valueAsString as unknown as boolean } });
    },
    path: 'Dax',
    expect: 'unknown',
  },
]);
