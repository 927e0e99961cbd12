import { CfnParameter } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { endpointConfig } from './fixtures';

dutyCases('sagemaker-endpoint-config-multiple-instances', [
  {
    name: 'the variant starts with two instances',
    build: (stack) =>
      endpointConfig(stack, [{ variantName: 'main', modelName: 'm', instanceType: 'ml.m5.large', initialInstanceCount: 2 }]),
    path: 'EndpointConfig',
    expect: 'configured',
  },
  {
    name: 'a serverless variant',
    build: (stack) =>
      endpointConfig(stack, [{ variantName: 'main', modelName: 'm', serverlessConfig: { maxConcurrency: 5, memorySizeInMb: 2048 } }]),
    path: 'EndpointConfig',
    expect: 'not-applicable',
  },
  {
    name: 'one of two variants starts with a single instance',
    build: (stack) =>
      endpointConfig(stack, [
        { variantName: 'main', modelName: 'm', instanceType: 'ml.m5.large', initialInstanceCount: 3 },
        { variantName: 'canary', modelName: 'm2', instanceType: 'ml.m5.large', initialInstanceCount: 1 },
      ]),
    path: 'EndpointConfig',
    expect: 'unconfigured',
  },
  {
    name: 'an escape-hatch override raises the count',
    build: (stack) =>
      endpointConfig(stack, [
        { variantName: 'main', modelName: 'm', instanceType: 'ml.m5.large', initialInstanceCount: 1 },
      ]).addPropertyOverride('ProductionVariants.0.InitialInstanceCount', 2),
    path: 'EndpointConfig',
    expect: 'configured',
  },
  {
    name: 'the instance count is a parameter',
    build: (stack) =>
      endpointConfig(stack, [
        {
          variantName: 'main',
          modelName: 'm',
          instanceType: 'ml.m5.large',
          initialInstanceCount: new CfnParameter(stack, 'Count', { type: 'Number' }).valueAsNumber,
        },
      ]),
    path: 'EndpointConfig',
    expect: 'unknown',
  },
]);
