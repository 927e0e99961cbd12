import { CfnParameter } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import { dutyCases } from '../../harness';

dutyCases('apigateway-method-authorization', [
  {
    name: 'the L2 method uses IAM authorization',
    build: (stack) =>
      new apigateway.RestApi(stack, 'Api', { cloudWatchRole: false }).root.addMethod('GET', new apigateway.MockIntegration(), {
        authorizationType: apigateway.AuthorizationType.IAM,
      }),
    path: 'Api/Default/GET',
    expect: 'configured',
  },
  {
    name: 'the L2 method has its defaults (NONE)',
    build: (stack) =>
      new apigateway.RestApi(stack, 'Api', { cloudWatchRole: false }).root.addMethod('GET', new apigateway.MockIntegration()),
    path: 'Api/Default/GET',
    expect: 'unconfigured',
  },
  {
    name: 'the REST API sets an IAM default for its methods',
    build: (stack) =>
      new apigateway.RestApi(stack, 'Api', {
        cloudWatchRole: false,
        defaultMethodOptions: { authorizationType: apigateway.AuthorizationType.IAM },
      }).root.addMethod('POST', new apigateway.MockIntegration()),
    path: 'Api/Default/POST',
    expect: 'configured',
  },
  {
    name: 'the method is a CORS preflight',
    build: (stack) =>
      new apigateway.RestApi(stack, 'Api', { cloudWatchRole: false }).root.addCorsPreflight({ allowOrigins: ['https://example.com'] }),
    path: 'Api/Default/OPTIONS',
    expect: 'not-applicable',
  },
  {
    name: 'the method belongs to a private API',
    build: (stack) => {
      const api = new apigateway.RestApi(stack, 'Api', {
        cloudWatchRole: false,
        endpointTypes: [apigateway.EndpointType.PRIVATE],
        policy: new iam.PolicyDocument({
          statements: [
            new iam.PolicyStatement({
              actions: ['execute-api:Invoke'],
              resources: ['execute-api:/*'],
              principals: [new iam.AnyPrincipal()],
              conditions: { StringEquals: { 'aws:SourceVpce': 'vpce-1' } },
            }),
          ],
        }),
      });
      api.root.addMethod('GET', new apigateway.MockIntegration());
    },
    path: 'Api/Default/GET',
    expect: 'configured',
  },
  {
    name: 'an escape hatch sets AWS_IAM',
    build: (stack) => {
      const method = new apigateway.RestApi(stack, 'Api', { cloudWatchRole: false }).root.addMethod(
        'GET',
        new apigateway.MockIntegration(),
      );
      (method.node.defaultChild as apigateway.CfnMethod).addPropertyOverride('AuthorizationType', 'AWS_IAM');
    },
    path: 'Api/Default/GET',
    expect: 'configured',
  },
  {
    name: 'the authorization type is a parameter',
    build: (stack) => {
      const method = new apigateway.RestApi(stack, 'Api', { cloudWatchRole: false }).root.addMethod(
        'GET',
        new apigateway.MockIntegration(),
      );
      (method.node.defaultChild as apigateway.CfnMethod).addPropertyOverride(
        'AuthorizationType',
        new CfnParameter(stack, 'Auth').valueAsString,
      );
    },
    path: 'Api/Default/GET',
    expect: 'unknown',
  },
]);
