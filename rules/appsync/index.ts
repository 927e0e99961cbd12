import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import appsyncGraphqlApiFieldLogging from './appsync-graphql-api-field-logging';
import appsyncGraphqlApiNoApiKeyAuth from './appsync-graphql-api-no-api-key-auth';

/** AppSync duties, sorted by id. */
export const duties: readonly Duty[] = [appsyncGraphqlApiFieldLogging, appsyncGraphqlApiNoApiKeyAuth];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::AppSync::GraphQLApi',
    service: 'AWS AppSync',
    serviceModel: 'abstracted',
    awsSide:
      "AWS runs the GraphQL endpoint, scales it, serves it over TLS and enforces the authorization modes the API declares; the schema, resolvers, data sources, authorization choice and logging are the customer's.",
    source: 'https://docs.aws.amazon.com/appsync/latest/devguide/security.html',
  },
];
