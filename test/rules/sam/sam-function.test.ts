import * as kms from 'aws-cdk-lib/aws-kms';
import * as sam from 'aws-cdk-lib/aws-sam';
import { conditionOn, dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { includeSam, samFunction } from './fixtures';

// AWS::Serverless::Function is judged by the AWS::Lambda::Function SAM generates from it.

dutyCases('lambda-function-runtime-supported', [
  { name: 'a SAM function runs a supported runtime', build: (s) => samFunction(s), path: 'Fn', expect: 'configured' },
  {
    name: 'a SAM function runs python3.6, deprecated since 2022',
    build: (s) => samFunction(s, { runtime: 'python3.6' }),
    path: 'Fn',
    expect: 'unconfigured',
  },
  {
    name: 'an included SAM template sets a deprecated runtime in its Globals',
    build: (s) =>
      includeSam(s, {
        Globals: { Function: { Runtime: 'nodejs14.x' } },
        Resources: { Fn: { Type: 'AWS::Serverless::Function', Properties: { Handler: 'index.handler', InlineCode: 'x' } } },
      }),
    path: 'Included/Fn',
    expect: 'unconfigured',
  },
  {
    name: 'an included SAM function overrides the deprecated Globals runtime with its own',
    build: (s) =>
      includeSam(s, {
        Globals: { Function: { Runtime: 'nodejs14.x' } },
        Resources: {
          Fn: { Type: 'AWS::Serverless::Function', Properties: { Handler: 'index.handler', InlineCode: 'x', Runtime: 'nodejs24.x' } },
        },
      }),
    path: 'Included/Fn',
    expect: 'configured',
  },
  {
    name: 'the SAM function runtime is fixed by an escape-hatch override',
    build: (s) => samFunction(s, { runtime: 'python3.6' }).addPropertyOverride('Runtime', 'python3.13'),
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'the SAM function runtime comes from a parameter',
    build: (s) => samFunction(s, { runtime: parameter(s, 'Runtime') }),
    path: 'Fn',
    expect: 'unknown',
  },
]);

dutyCases('lambda-function-xray-tracing', [
  { name: 'a SAM function sets Tracing Active', build: (s) => samFunction(s, { tracing: 'Active' }), path: 'Fn', expect: 'configured' },
  { name: 'a SAM function sets no Tracing', build: (s) => samFunction(s), path: 'Fn', expect: 'unconfigured' },
  {
    name: 'an included SAM template turns tracing on in its Globals',
    build: (s) =>
      includeSam(s, {
        Globals: { Function: { Tracing: 'Active' } },
        Resources: {
          Fn: { Type: 'AWS::Serverless::Function', Properties: { Handler: 'index.handler', InlineCode: 'x', Runtime: 'nodejs24.x' } },
        },
      }),
    path: 'Included/Fn',
    expect: 'configured',
  },
  {
    name: 'the SAM function Tracing comes from a parameter',
    build: (s) => samFunction(s, { tracing: parameter(s, 'Tracing') }),
    path: 'Fn',
    expect: 'unknown',
  },
]);

dutyCases('lambda-function-env-encryption-cmk', [
  {
    name: 'a SAM function encrypts its environment with a customer managed key',
    build: (s) =>
      samFunction(s, { environment: { variables: { TABLE: 't' } }, kmsKeyArn: new kms.Key(s, 'Key', { enableKeyRotation: true }).keyArn }),
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'a SAM function has environment variables and no KmsKeyArn',
    build: (s) => samFunction(s, { environment: { variables: { TABLE: 't' } } }),
    path: 'Fn',
    expect: 'unconfigured',
  },
  {
    name: 'the SAM function KmsKeyArn comes from a parameter',
    build: (s) => samFunction(s, { environment: { variables: { TABLE: 't' } }, kmsKeyArn: parameter(s, 'Key') }),
    path: 'Fn',
    expect: 'unknown',
  },
]);

dutyCases('lambda-function-async-failure-destination', [
  {
    name: 'a SAM function sends failed events to a DeadLetterQueue',
    build: (s) => samFunction(s, { deadLetterQueue: { type: 'SQS', targetArn: 'arn:aws:sqs:us-east-1:111111111111:dlq' } }),
    path: 'Fn',
    expect: 'configured',
  },
  { name: 'a SAM function has no dead-letter queue or destination', build: (s) => samFunction(s), path: 'Fn', expect: 'unconfigured' },
  {
    name: 'a SAM function sends failed events to an SQS queue SAM creates (EventInvokeConfig)',
    build: (s) => samFunction(s).addPropertyOverride('EventInvokeConfig', { DestinationConfig: { OnFailure: { Type: 'SQS' } } }),
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'a SAM function EventInvokeConfig sets retries but no on-failure destination',
    build: (s) => samFunction(s, { eventInvokeConfig: { maximumRetryAttempts: 1 } }),
    path: 'Fn',
    expect: 'unconfigured',
  },
  {
    name: 'the SAM function DeadLetterQueue target comes from a parameter',
    build: (s) => samFunction(s, { deadLetterQueue: { type: 'SQS', targetArn: parameter(s, 'Dlq') } }),
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'the SAM function DeadLetterQueue is chosen by a parameter-driven condition',
    build: (s) =>
      samFunction(s).addPropertyOverride('DeadLetterQueue', {
        'Fn::If': [conditionOn(s), { Type: 'SQS', TargetArn: 'arn' }, { Ref: 'AWS::NoValue' }],
      }),
    path: 'Fn',
    expect: 'unknown',
  },
]);

dutyCases('lambda-url-auth-required', [
  {
    name: 'a SAM function URL requires IAM auth',
    build: (s) => samFunction(s, { functionUrlConfig: { authType: 'AWS_IAM' } }),
    path: 'Fn',
    expect: 'configured',
  },
  {
    name: 'a SAM function URL has AuthType NONE',
    build: (s) => samFunction(s, { functionUrlConfig: { authType: 'NONE' } }),
    path: 'Fn',
    expect: 'unconfigured',
  },
  { name: 'a SAM function has no URL', build: (s) => samFunction(s), path: 'Fn', expect: 'not-applicable' },
  {
    name: 'the SAM function URL AuthType comes from a parameter',
    build: (s) => samFunction(s, { functionUrlConfig: { authType: parameter(s, 'Auth') } }),
    path: 'Fn',
    expect: 'unknown',
  },
]);

dutyCases('apigateway-rest-stage-access-logging', [
  {
    name: 'a SAM API logs access (the function event names it)',
    build: (s) => {
      const api = new sam.CfnApi(s, 'Api', {
        stageName: 'prod',
        accessLogSetting: { destinationArn: 'arn:aws:logs:us-east-1:111111111111:log-group:api', format: '$context.requestId' },
      });
      samFunction(s, { events: { Get: { type: 'Api', properties: { path: '/', method: 'get', restApiId: api.ref } } } });
    },
    path: 'Api',
    expect: 'configured',
  },
  {
    name: 'a SAM API has no AccessLogSetting',
    build: (s) => new sam.CfnApi(s, 'Api', { stageName: 'prod' }),
    path: 'Api',
    expect: 'unconfigured',
  },
  {
    name: 'a SAM function Api event without RestApiId makes SAM create an implicit API, whose settings are not read',
    build: (s) => samFunction(s, { events: { Get: { type: 'Api', properties: { path: '/', method: 'get' } } } }),
    path: 'Fn',
    expect: 'unknown',
  },
  { name: 'a SAM function has no Api event', build: (s) => samFunction(s), path: 'Fn', expect: 'not-applicable' },
]);
