import { CfnCondition, Fn } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as logs from 'aws-cdk-lib/aws-logs';
import { dutyCases } from '../../harness';
import { cfnStage, restApi, STAGE } from './fixtures';

dutyCases('apigateway-rest-stage-access-logging', [
  {
    name: 'the L2 REST API logs access to a log group',
    build: (stack) =>
      restApi(stack, {
        deployOptions: {
          accessLogDestination: new apigateway.LogGroupLogDestination(new logs.LogGroup(stack, 'Lg')),
          accessLogFormat: apigateway.AccessLogFormat.jsonWithStandardFields(),
        },
      }),
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
    name: 'an escape hatch sets AccessLogSetting',
    build: (stack) =>
      cfnStage(restApi(stack)).addPropertyOverride('AccessLogSetting', {
        DestinationArn: 'arn:aws:logs:us-east-1:111111111111:log-group:api',
        Format: '$context.requestId',
      }),
    path: STAGE,
    expect: 'configured',
  },
  {
    name: 'the destination depends on a condition',
    build: (stack) => {
      const c = new CfnCondition(stack, 'C', { expression: Fn.conditionEquals('a', 'b') });
      cfnStage(restApi(stack)).addPropertyOverride('AccessLogSetting', {
        DestinationArn: Fn.conditionIf(c.logicalId, 'arn:aws:logs:us-east-1:111111111111:log-group:api', Fn.ref('AWS::NoValue')),
        Format: '$context.requestId',
      });
    },
    path: STAGE,
    expect: 'unknown',
  },
  {
    name: 'fails in both branches of a condition on the destination when no Format is set',
    build: (stack) => {
      const c = new CfnCondition(stack, 'C', { expression: Fn.conditionEquals('a', 'b') });
      cfnStage(restApi(stack)).addPropertyOverride('AccessLogSetting', {
        DestinationArn: Fn.conditionIf(c.logicalId, 'arn:aws:logs:us-east-1:111111111111:log-group:api', Fn.ref('AWS::NoValue')),
      });
    },
    path: STAGE,
    expect: 'unconfigured',
  },
  {
    name: 'the L2 REST API names a log group destination and leaves the format to CDK',
    build: (stack) =>
      restApi(stack, { deployOptions: { accessLogDestination: new apigateway.LogGroupLogDestination(new logs.LogGroup(stack, 'Lg')) } }),
    path: STAGE,
    expect: 'configured',
  },
  {
    name: 'fails when an escape hatch sets a destination with no Format (access logging needs both)',
    build: (stack) =>
      cfnStage(restApi(stack)).addPropertyOverride('AccessLogSetting', {
        DestinationArn: 'arn:aws:logs:us-east-1:111111111111:log-group:api',
      }),
    path: STAGE,
    expect: 'unconfigured',
  },
]);
