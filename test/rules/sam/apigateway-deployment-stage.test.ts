import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import type { Stack } from 'aws-cdk-lib';
import { conditionOn, dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';

// The stage an AWS::ApiGateway::Deployment creates through StageName and StageDescription.

function deployment(stack: Stack, props: Partial<apigateway.CfnDeploymentProps> = {}): apigateway.CfnDeployment {
  const api = new apigateway.CfnRestApi(stack, 'Api', { name: 'api' });
  const method = new apigateway.CfnMethod(stack, 'Get', {
    restApiId: api.ref,
    resourceId: api.attrRootResourceId,
    httpMethod: 'GET',
    authorizationType: 'AWS_IAM',
    integration: { type: 'MOCK' },
  });
  const d = new apigateway.CfnDeployment(stack, 'Deployment', { restApiId: api.ref, stageName: 'prod', ...props });
  d.addDependency(method);
  return d;
}

const LOGS = 'arn:aws:logs:us-east-1:111111111111:log-group:api';

dutyCases('apigateway-rest-stage-access-logging', [
  {
    name: 'a deployment creates its stage with an AccessLogSetting',
    build: (s) => deployment(s, { stageDescription: { accessLogSetting: { destinationArn: LOGS, format: '$context.requestId' } } }),
    path: 'Deployment',
    expect: 'configured',
  },
  {
    name: 'a deployment creates its stage with no StageDescription',
    build: (s) => deployment(s),
    path: 'Deployment',
    expect: 'unconfigured',
  },
  {
    name: 'the StageDescription of a deployment depends on a condition',
    build: (s) =>
      deployment(s).addPropertyOverride('StageDescription', {
        'Fn::If': [conditionOn(s), { AccessLogSetting: { DestinationArn: LOGS, Format: '$context.requestId' } }, { Ref: 'AWS::NoValue' }],
      }),
    path: 'Deployment',
    expect: 'unknown',
  },
  {
    name: 'neither branch of a condition on the StageDescription logs access (no Format in one, no StageDescription in the other)',
    build: (s) =>
      deployment(s).addPropertyOverride('StageDescription', {
        'Fn::If': [conditionOn(s), { AccessLogSetting: { DestinationArn: LOGS } }, { Ref: 'AWS::NoValue' }],
      }),
    path: 'Deployment',
    expect: 'unconfigured',
  },
  {
    name: 'the L2 RestApi deployment (no StageName; its stage is its own resource)',
    build: (s) => new apigateway.RestApi(s, 'Rest').root.addMethod('GET'),
    path: 'Rest/Deployment',
    expect: 'not-applicable',
  },
]);

dutyCases('apigateway-stage-execution-logging', [
  {
    name: 'a deployment stage logs errors for every method',
    build: (s) => deployment(s, { stageDescription: { loggingLevel: 'ERROR' } }),
    path: 'Deployment',
    expect: 'configured',
  },
  {
    name: 'a deployment stage logs errors but turns logging off for one method',
    build: (s) =>
      deployment(s, {
        stageDescription: { loggingLevel: 'ERROR', methodSettings: [{ httpMethod: 'GET', resourcePath: '/~1items', loggingLevel: 'OFF' }] },
      }),
    path: 'Deployment',
    expect: 'unconfigured',
  },
  {
    name: 'the deployment stage logging level comes from a parameter',
    build: (s) => deployment(s, { stageDescription: { loggingLevel: parameter(s, 'Level') } }),
    path: 'Deployment',
    expect: 'unknown',
  },
]);

dutyCases('apigateway-stage-xray-tracing', [
  {
    name: 'a deployment stage enables tracing',
    build: (s) => deployment(s, { stageDescription: { tracingEnabled: true } }),
    path: 'Deployment',
    expect: 'configured',
  },
  {
    name: 'a deployment stage leaves tracing off',
    build: (s) => deployment(s, { stageDescription: {} }),
    path: 'Deployment',
    expect: 'unconfigured',
  },
  {
    name: 'tracing is turned on by an escape-hatch override',
    build: (s) => deployment(s).addPropertyOverride('StageDescription.TracingEnabled', true),
    path: 'Deployment',
    expect: 'configured',
  },
  {
    name: 'the deployment StageName comes from a parameter and tracing is off',
    build: (s) =>
      deployment(s, { stageName: parameter(s, 'Stage') }).addPropertyOverride('StageDescription.TracingEnabled', { Ref: 'Stage' }),
    path: 'Deployment',
    expect: 'unknown',
  },
]);
