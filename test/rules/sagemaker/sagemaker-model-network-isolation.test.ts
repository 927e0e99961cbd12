import { Fn } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { model } from './fixtures';

dutyCases('sagemaker-model-network-isolation', [
  {
    name: 'the model enables network isolation',
    build: (stack) => model(stack, { enableNetworkIsolation: true }),
    path: 'Model',
    expect: 'configured',
  },
  { name: 'the model keeps the default (false)', build: (stack) => model(stack), path: 'Model', expect: 'unconfigured' },
  {
    name: 'an escape-hatch override enables isolation',
    build: (stack) => model(stack).addPropertyOverride('EnableNetworkIsolation', true),
    path: 'Model',
    expect: 'configured',
  },
  {
    name: 'isolation is chosen by a condition',
    build: (stack) => model(stack, { enableNetworkIsolation: Fn.conditionIf('Isolate', true, false) }),
    path: 'Model',
    expect: 'unknown',
  },
]);
