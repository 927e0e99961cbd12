import * as appsync from 'aws-cdk-lib/aws-appsync';
import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { IAM, graphqlApi, override } from './fixtures';

dutyCases('appsync-graphql-api-no-api-key-auth', [
  { name: 'the L2 API authorizes with IAM', build: (s) => graphqlApi(s, IAM), path: 'Api', expect: 'configured' },
  { name: 'the L2 API keeps its default API_KEY authorization', build: (s) => graphqlApi(s), path: 'Api', expect: 'unconfigured' },
  {
    name: 'the L2 API adds API_KEY as an additional mode',
    build: (s) =>
      graphqlApi(s, {
        authorizationConfig: {
          defaultAuthorization: { authorizationType: appsync.AuthorizationType.IAM },
          additionalAuthorizationModes: [{ authorizationType: appsync.AuthorizationType.API_KEY }],
        },
      }),
    path: 'Api',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 API authorizes with a Lambda authorizer',
    build: (s) =>
      new appsync.CfnGraphQLApi(s, 'Raw', {
        name: 'raw',
        authenticationType: 'AWS_LAMBDA',
        lambdaAuthorizerConfig: { authorizerUri: 'arn:aws:lambda:us-east-1:111111111111:function:auth' },
      }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'the authentication type is switched by an escape-hatch override',
    build: (s) => override(graphqlApi(s), 'AuthenticationType', 'AMAZON_COGNITO_USER_POOLS'),
    path: 'Api',
    expect: 'configured',
  },
  {
    name: 'the authentication type comes from a parameter',
    build: (s) => new appsync.CfnGraphQLApi(s, 'Raw', { name: 'raw', authenticationType: parameter(s, 'AuthType') }),
    path: 'Raw',
    expect: 'unknown',
  },
]);
