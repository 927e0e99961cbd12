import { CfnCondition, Fn } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import { dutyCases } from '../../harness';
import { cfnStage, restApi, STAGE } from './fixtures';

dutyCases('apigateway-stage-client-certificate', [
  {
    name: 'the L2 REST API stage uses a client certificate',
    build: (stack) => restApi(stack, { deployOptions: { clientCertificateId: new apigateway.CfnClientCertificate(stack, 'Cert').ref } }),
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
    name: 'an escape hatch sets ClientCertificateId',
    build: (stack) => cfnStage(restApi(stack)).addPropertyOverride('ClientCertificateId', 'abc123'),
    path: STAGE,
    expect: 'configured',
  },
  {
    name: 'the certificate depends on a condition',
    build: (stack) => {
      const c = new CfnCondition(stack, 'C', { expression: Fn.conditionEquals('a', 'b') });
      cfnStage(restApi(stack)).addPropertyOverride('ClientCertificateId', Fn.conditionIf(c.logicalId, 'abc123', Fn.ref('AWS::NoValue')));
    },
    path: STAGE,
    expect: 'unknown',
  },
]);
