export const APPSYNC_CONTROLS = 'https://docs.aws.amazon.com/securityhub/latest/userguide/appsync-controls.html';
export const CFN_GRAPHQL_API =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-appsync-graphqlapi.html';
