import { CfnParameter } from 'aws-cdk-lib';
import * as sam from 'aws-cdk-lib/aws-sam';
import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { samFunction } from './fixtures';

// AWS::Serverless::Api and HttpApi are judged by the stage and the methods/routes SAM generates.

const LOGS = 'arn:aws:logs:us-east-1:111111111111:log-group:api';

dutyCases('apigateway-method-authorization', [
  {
    name: 'a SAM API authorizes every method with its DefaultAuthorizer AWS_IAM',
    build: (s) => new sam.CfnApi(s, 'Api', { stageName: 'prod', auth: { defaultAuthorizer: 'AWS_IAM' } }),
    path: 'Api',
    expect: 'configured',
  },
  {
    name: 'a SAM API DefaultAuthorizer names a Cognito authorizer',
    build: (s) =>
      new sam.CfnApi(s, 'Api', {
        stageName: 'prod',
        auth: {
          defaultAuthorizer: 'Users',
          authorizers: { Users: { UserPoolArn: 'arn:aws:cognito-idp:us-east-1:111111111111:userpool/x' } },
        },
      }),
    path: 'Api',
    expect: 'configured',
  },
  {
    name: 'a function event adds a method without an authorizer to a SAM API',
    build: (s) => {
      const api = new sam.CfnApi(s, 'Api', { stageName: 'prod' });
      samFunction(s, { events: { Get: { type: 'Api', properties: { path: '/', method: 'get', restApiId: api.ref } } } });
    },
    path: 'Api',
    expect: 'unconfigured',
  },
  {
    name: 'every function event on a SAM API names an authorizer',
    build: (s) => {
      const api = new sam.CfnApi(s, 'Api', { stageName: 'prod' });
      samFunction(s, {
        events: { Get: { type: 'Api', properties: { path: '/', method: 'get', restApiId: api.ref, auth: { authorizer: 'AWS_IAM' } } } },
      });
    },
    path: 'Api',
    expect: 'configured',
  },
  {
    name: 'a PRIVATE SAM API has no authorizer',
    build: (s) => new sam.CfnApi(s, 'Api', { stageName: 'prod', endpointConfiguration: { type: 'PRIVATE' } }),
    path: 'Api',
    expect: 'configured',
  },
  {
    name: 'a SAM API defines its methods in an OpenAPI DefinitionBody',
    build: (s) => new sam.CfnApi(s, 'Api', { stageName: 'prod', definitionBody: { openapi: '3.0.1', paths: {} } }),
    path: 'Api',
    expect: 'unknown',
  },
  {
    name: 'the SAM API DefaultAuthorizer comes from a parameter',
    build: (s) => new sam.CfnApi(s, 'Api', { stageName: 'prod', auth: { defaultAuthorizer: parameter(s, 'Authorizer') } }),
    path: 'Api',
    expect: 'unknown',
  },
]);

dutyCases('apigateway-stage-xray-tracing', [
  {
    name: 'a SAM API sets TracingEnabled',
    build: (s) => new sam.CfnApi(s, 'Api', { stageName: 'prod', tracingEnabled: true }),
    path: 'Api',
    expect: 'configured',
  },
  {
    name: 'a SAM API leaves tracing off',
    build: (s) => new sam.CfnApi(s, 'Api', { stageName: 'prod' }),
    path: 'Api',
    expect: 'unconfigured',
  },
  {
    name: 'the SAM API TracingEnabled comes from a parameter',
    build: (s) =>
      new sam.CfnApi(s, 'Api', { stageName: 'prod' }).addPropertyOverride('TracingEnabled', {
        Ref: new CfnParameter(s, 'Trace').logicalId,
      }),
    path: 'Api',
    expect: 'unknown',
  },
]);

dutyCases('apigatewayv2-stage-access-logging', [
  {
    name: 'a SAM HTTP API sets AccessLogSettings (escape hatch, as SAM names it)',
    build: (s) =>
      new sam.CfnHttpApi(s, 'Http', {}).addPropertyOverride('AccessLogSettings', { DestinationArn: LOGS, Format: '$context.requestId' }),
    path: 'Http',
    expect: 'configured',
  },
  {
    name: 'a SAM HTTP API has no access log settings',
    build: (s) => new sam.CfnHttpApi(s, 'Http', {}),
    path: 'Http',
    expect: 'unconfigured',
  },
  {
    name: "a SAM HTTP API sets CfnHttpApi's accessLogSetting, rendered under a name SAM does not document for HttpApi",
    build: (s) => new sam.CfnHttpApi(s, 'Http', { accessLogSetting: { destinationArn: LOGS, format: '$context.requestId' } }),
    path: 'Http',
    expect: 'unknown',
  },
  {
    name: 'a SAM function HttpApi event without ApiId makes SAM create an implicit HTTP API',
    build: (s) => samFunction(s, { events: { Get: { type: 'HttpApi', properties: { path: '/', method: 'get' } } } }),
    path: 'Fn',
    expect: 'unknown',
  },
]);

dutyCases('apigatewayv2-route-authorization', [
  {
    name: 'a SAM HTTP API authorizes routes with a JWT DefaultAuthorizer',
    build: (s) =>
      new sam.CfnHttpApi(s, 'Http', {
        auth: { defaultAuthorizer: 'Jwt', authorizers: { Jwt: { JwtConfiguration: { issuer: 'https://issuer', audience: ['a'] } } } },
      }),
    path: 'Http',
    expect: 'configured',
  },
  {
    name: 'a function event adds a route without an authorizer to a SAM HTTP API',
    build: (s) => {
      const api = new sam.CfnHttpApi(s, 'Http', {});
      // CfnFunction's typed events drop ApiId (its union matches the REST event shape first): the event is written as SAM reads it.
      samFunction(s).addPropertyOverride('Events', { Get: { Type: 'HttpApi', Properties: { Path: '/', Method: 'get', ApiId: api.ref } } });
    },
    path: 'Http',
    expect: 'unconfigured',
  },
  {
    name: 'the SAM HTTP API DefaultAuthorizer names an authorizer it does not declare',
    build: (s) => new sam.CfnHttpApi(s, 'Http', { auth: { defaultAuthorizer: 'Missing' } }),
    path: 'Http',
    expect: 'unknown',
  },
]);

dutyCases('apigateway-stage-execution-logging', [
  {
    name: 'a SAM API logs execution stage-wide',
    build: (s) =>
      new sam.CfnApi(s, 'Api', { stageName: 'prod', methodSettings: [{ HttpMethod: '*', ResourcePath: '/*', LoggingLevel: 'ERROR' }] }),
    path: 'Api',
    expect: 'configured',
  },
  {
    name: 'a SAM API has no method settings',
    build: (s) => new sam.CfnApi(s, 'Api', { stageName: 'prod' }),
    path: 'Api',
    expect: 'unconfigured',
  },
  {
    name: 'a SAM HTTP API (HTTP APIs have no execution logging)',
    build: (s) => new sam.CfnHttpApi(s, 'Http', {}),
    path: 'Http',
    expect: 'not-applicable',
  },
  {
    name: 'the SAM API logging level comes from a parameter',
    build: (s) =>
      new sam.CfnApi(s, 'Api', {
        stageName: 'prod',
        methodSettings: [{ HttpMethod: '*', ResourcePath: '/*', LoggingLevel: parameter(s, 'Level') }],
      }),
    path: 'Api',
    expect: 'unknown',
  },
]);
