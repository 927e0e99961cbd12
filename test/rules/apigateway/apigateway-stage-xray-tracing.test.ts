import { CfnParameter } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { cfnStage, restApi, STAGE } from './fixtures';

dutyCases('apigateway-stage-xray-tracing', [
  {
    name: 'the L2 REST API enables tracing',
    build: (stack) => restApi(stack, { deployOptions: { tracingEnabled: true } }),
    path: STAGE,
    expect: 'configured',
  },
  {
    name: 'the L2 REST API has its defaults',
    build: (stack) => restApi(stack),
    path: STAGE,
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch enables tracing',
    build: (stack) => cfnStage(restApi(stack)).addPropertyOverride('TracingEnabled', true),
    path: STAGE,
    expect: 'configured',
  },
  {
    name: 'tracing is a parameter',
    build: (stack) => cfnStage(restApi(stack)).addPropertyOverride('TracingEnabled', new CfnParameter(stack, 'Trace').valueAsString),
    path: STAGE,
    expect: 'unknown',
  },
]);
