import * as appsync from 'aws-cdk-lib/aws-appsync';
import { dutyCases } from '../../harness';
import { parameter } from '../rds/fixtures';
import { graphqlApi, override } from './fixtures';

dutyCases('appsync-graphql-api-field-logging', [
  {
    name: 'the L2 API logs resolver errors',
    build: (s) => graphqlApi(s, { logConfig: { fieldLogLevel: appsync.FieldLogLevel.ERROR } }),
    path: 'Api',
    expect: 'configured',
  },
  { name: 'the L2 API keeps its defaults (no LogConfig)', build: (s) => graphqlApi(s), path: 'Api', expect: 'unconfigured' },
  {
    name: 'the L2 API has a logConfig with the default level NONE',
    build: (s) => graphqlApi(s, { logConfig: {} }),
    path: 'Api',
    expect: 'unconfigured',
  },
  {
    name: 'an L1 API logs ALL fields with a role',
    build: (s) =>
      new appsync.CfnGraphQLApi(s, 'Raw', {
        name: 'raw',
        authenticationType: 'AWS_IAM',
        logConfig: { fieldLogLevel: 'ALL', cloudWatchLogsRoleArn: 'arn:aws:iam::111111111111:role/appsync-logs' },
      }),
    path: 'Raw',
    expect: 'configured',
  },
  {
    name: 'an L1 API sets a level but its CloudWatch Logs role is removed by a deletion override',
    build: (s) =>
      new appsync.CfnGraphQLApi(s, 'Raw', {
        name: 'raw',
        authenticationType: 'AWS_IAM',
        logConfig: { fieldLogLevel: 'ERROR', cloudWatchLogsRoleArn: 'arn:aws:iam::111111111111:role/appsync-logs' },
      }).addPropertyDeletionOverride('LogConfig.CloudWatchLogsRoleArn'),
    path: 'Raw',
    expect: 'unconfigured',
  },
  {
    name: 'the level is raised by an escape-hatch override',
    build: (s) => override(graphqlApi(s, { logConfig: {} }), 'LogConfig.FieldLogLevel', 'ERROR'),
    path: 'Api',
    expect: 'configured',
  },
  {
    name: 'the level comes from a parameter',
    build: (s) => override(graphqlApi(s, { logConfig: {} }), 'LogConfig.FieldLogLevel', parameter(s, 'Level')),
    path: 'Api',
    expect: 'unknown',
  },
]);
