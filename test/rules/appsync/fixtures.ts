import * as path from 'path';
import type { Stack } from 'aws-cdk-lib';
import * as appsync from 'aws-cdk-lib/aws-appsync';

/** An L2 GraphQL API at `Api`. */
export function graphqlApi(stack: Stack, props: Partial<appsync.GraphqlApiProps> = {}): appsync.GraphqlApi {
  return new appsync.GraphqlApi(stack, 'Api', {
    name: 'api',
    definition: appsync.Definition.fromSchema(appsync.SchemaFile.fromAsset(path.join(__dirname, 'schema.graphql'))),
    ...props,
  });
}

export function override(api: appsync.GraphqlApi, p: string, value: unknown): void {
  (api.node.defaultChild as appsync.CfnGraphQLApi).addPropertyOverride(p, value);
}

export const IAM: Partial<appsync.GraphqlApiProps> = {
  authorizationConfig: { defaultAuthorization: { authorizationType: appsync.AuthorizationType.IAM } },
};
