import { CfnParameter } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigatewayv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { dutyCases } from '../../harness';
import { cfnStage, restApi, STAGE } from './fixtures';

dutyCases('apigateway-stage-execution-logging', [
  {
    name: 'the L2 REST API logs at INFO',
    build: (stack) => restApi(stack, { deployOptions: { loggingLevel: apigateway.MethodLoggingLevel.INFO } }),
    path: STAGE,
    expect: 'configured',
  },
  {
    name: 'the L2 REST API has its defaults (OFF)',
    build: (stack) => restApi(stack),
    path: STAGE,
    expect: 'unconfigured',
  },
  {
    name: 'one method turns logging off',
    build: (stack) =>
      restApi(stack, {
        deployOptions: {
          loggingLevel: apigateway.MethodLoggingLevel.ERROR,
          methodOptions: { '/items/GET': { loggingLevel: apigateway.MethodLoggingLevel.OFF } },
        },
      }),
    path: STAGE,
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch adds stage-wide ERROR logging',
    build: (stack) =>
      cfnStage(restApi(stack)).addPropertyOverride('MethodSettings', [{ ResourcePath: '/*', HttpMethod: '*', LoggingLevel: 'ERROR' }]),
    path: STAGE,
    expect: 'configured',
  },
  {
    name: 'the L2 WebSocket stage has its defaults',
    build: (stack) =>
      new apigatewayv2.WebSocketStage(stack, 'Ws', { webSocketApi: new apigatewayv2.WebSocketApi(stack, 'WsApi'), stageName: 'prod' }),
    path: 'Ws',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch gives the WebSocket stage INFO logging',
    build: (stack) => {
      const stage = new apigatewayv2.WebSocketStage(stack, 'Ws', {
        webSocketApi: new apigatewayv2.WebSocketApi(stack, 'WsApi'),
        stageName: 'prod',
      });
      (stage.node.defaultChild as apigatewayv2.CfnStage).addPropertyOverride('DefaultRouteSettings.LoggingLevel', 'INFO');
    },
    path: 'Ws',
    expect: 'configured',
  },
  {
    name: 'the stage belongs to an HTTP API',
    build: (stack) => new apigatewayv2.HttpApi(stack, 'Http'),
    path: 'Http/DefaultStage',
    expect: 'not-applicable',
  },
  {
    name: 'the logging level is a parameter',
    build: (stack) =>
      cfnStage(restApi(stack)).addPropertyOverride('MethodSettings', [
        { ResourcePath: '/*', HttpMethod: '*', LoggingLevel: new CfnParameter(stack, 'Level').valueAsString },
      ]),
    path: STAGE,
    expect: 'unknown',
  },
]);
