import { RemovalPolicy, Stack, Tags } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { type AppShape, ENV } from './common';

/** API Gateway REST API in front of a Lambda function that reads and writes a DynamoDB table. */
export const serverlessApi: AppShape = {
  name: 'serverless API (API Gateway + Lambda + DynamoDB)',
  build: (app, variant) => {
    const secure = variant === 'secure';
    const stack = new Stack(app, 'Api', { env: ENV });
    const key = new kms.Key(stack, 'Key', { enableKeyRotation: true, removalPolicy: RemovalPolicy.RETAIN });
    const table = new dynamodb.TableV2(stack, 'Orders', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      ...(secure
        ? {
            encryption: dynamodb.TableEncryptionV2.customerManagedKey(key),
            pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
            deletionProtection: true,
          }
        : {}),
    });
    Tags.of(table).add('DataClassification', secure ? 'confidential' : 'internal');
    const handler = new lambda.Function(stack, 'Handler', {
      runtime: secure ? lambda.Runtime.NODEJS_22_X : lambda.Runtime.NODEJS_14_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200, body: "ok" });'),
      environment: { TABLE: table.tableName },
      ...(secure
        ? {
            tracing: lambda.Tracing.ACTIVE,
            environmentEncryption: key,
            logGroup: new logs.LogGroup(stack, 'HandlerLogs', { retention: logs.RetentionDays.ONE_YEAR }),
          }
        : {}),
    });
    table.grantReadWriteData(handler);
    const api = new apigateway.LambdaRestApi(stack, 'Rest', {
      handler,
      proxy: false,
      cloudWatchRole: true,
      deployOptions: secure
        ? {
            tracingEnabled: true,
            loggingLevel: apigateway.MethodLoggingLevel.ERROR,
            accessLogDestination: new apigateway.LogGroupLogDestination(
              new logs.LogGroup(stack, 'AccessLogs', { retention: logs.RetentionDays.ONE_YEAR }),
            ),
            accessLogFormat: apigateway.AccessLogFormat.jsonWithStandardFields(),
          }
        : undefined,
      defaultMethodOptions: secure ? { authorizationType: apigateway.AuthorizationType.IAM } : undefined,
    });
    api.root.addResource('orders').addMethod('GET');
    if (!secure) {
      // A function URL anyone can call, next to the API.
      handler.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
    }
  },
  insecureFindings: [
    { duty: 'lambda-function-runtime-supported', path: 'Api/Handler' },
    { duty: 'lambda-url-auth-required', path: 'Api/Handler/FunctionUrl' },
    { duty: 'apigateway-method-authorization', path: 'Api/Rest/Default/orders/GET' },
    { duty: 'apigateway-rest-stage-access-logging', path: 'Api/Rest/DeploymentStage.prod' },
    { duty: 'dynamodb-table-point-in-time-recovery', path: 'Api/Orders' },
  ],
};
