import { CfnCondition, Fn } from 'aws-cdk-lib';
import * as apigatewayv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as logs from 'aws-cdk-lib/aws-logs';
import { dutyCases } from '../../harness';

dutyCases('apigatewayv2-stage-access-logging', [
  {
    name: 'the L2 HTTP stage logs access to a log group',
    build: (stack) =>
      new apigatewayv2.HttpStage(stack, 'Stage', {
        httpApi: new apigatewayv2.HttpApi(stack, 'Http', { createDefaultStage: false }),
        stageName: 'v1',
        accessLogSettings: { destination: new apigatewayv2.LogGroupLogDestination(new logs.LogGroup(stack, 'Lg')) },
      }),
    path: 'Stage',
    expect: 'configured',
  },
  {
    name: 'the L2 HTTP API default stage has its defaults',
    build: (stack) => new apigatewayv2.HttpApi(stack, 'Http'),
    path: 'Http/DefaultStage',
    expect: 'unconfigured',
  },
  {
    name: 'an escape hatch sets AccessLogSettings',
    build: (stack) => {
      const api = new apigatewayv2.HttpApi(stack, 'Http');
      (api.defaultStage!.node.defaultChild as apigatewayv2.CfnStage).addPropertyOverride('AccessLogSettings', {
        DestinationArn: 'arn:aws:logs:us-east-1:111111111111:log-group:api',
        Format: '$context.requestId',
      });
    },
    path: 'Http/DefaultStage',
    expect: 'configured',
  },
  {
    name: 'the destination depends on a condition',
    build: (stack) => {
      const c = new CfnCondition(stack, 'C', { expression: Fn.conditionEquals('a', 'b') });
      const api = new apigatewayv2.HttpApi(stack, 'Http');
      (api.defaultStage!.node.defaultChild as apigatewayv2.CfnStage).addPropertyOverride('AccessLogSettings', {
        DestinationArn: Fn.conditionIf(c.logicalId, 'arn:aws:logs:us-east-1:111111111111:log-group:api', Fn.ref('AWS::NoValue')),
      });
    },
    path: 'Http/DefaultStage',
    expect: 'unknown',
  },
]);
