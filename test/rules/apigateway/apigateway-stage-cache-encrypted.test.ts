import { CfnParameter } from 'aws-cdk-lib';
import { dutyCases } from '../../harness';
import { cfnStage, restApi, STAGE } from './fixtures';

dutyCases('apigateway-stage-cache-encrypted', [
  {
    name: 'the L2 REST API caches and encrypts',
    build: (stack) => restApi(stack, { deployOptions: { cachingEnabled: true, cacheDataEncrypted: true } }),
    path: STAGE,
    expect: 'configured',
  },
  {
    name: 'the L2 REST API caches without encryption',
    build: (stack) => restApi(stack, { deployOptions: { cachingEnabled: true } }),
    path: STAGE,
    expect: 'unconfigured',
  },
  {
    name: 'one method caches without encryption',
    build: (stack) =>
      restApi(stack, { deployOptions: { methodOptions: { '/items/GET': { cachingEnabled: true } }, cacheClusterEnabled: true } }),
    path: STAGE,
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch encrypts the stage-wide cache',
    build: (stack) => {
      const api = restApi(stack, { deployOptions: { cachingEnabled: true } });
      cfnStage(api).addPropertyOverride('MethodSettings.0.CacheDataEncrypted', true);
    },
    path: STAGE,
    expect: 'configured',
  },
  {
    name: 'the L2 REST API has its defaults (no caching)',
    build: (stack) => restApi(stack),
    path: STAGE,
    expect: 'not-applicable',
  },
  {
    name: 'encryption is a parameter',
    build: (stack) => {
      const api = restApi(stack, { deployOptions: { cachingEnabled: true } });
      cfnStage(api).addPropertyOverride('MethodSettings.0.CacheDataEncrypted', new CfnParameter(stack, 'Enc').valueAsString);
    },
    path: STAGE,
    expect: 'unknown',
  },
]);
