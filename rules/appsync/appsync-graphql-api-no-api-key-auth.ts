import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { APPSYNC_CONTROLS, CFN_GRAPHQL_API } from './helpers';

export default defineDuty({
  id: 'appsync-graphql-api-no-api-key-auth',
  title: 'AppSync GraphQL API does not authorize callers with API keys',
  category: 'identity-and-access',
  resourceTypes: ['AWS::AppSync::GraphQLApi'],
  awsSide:
    "AppSync authorizes each request with one of the API's authorization modes; with API_KEY it accepts anyone who presents the key, a static shared secret that identifies no caller and usually ships inside client code. The aws-appsync GraphqlApi defaults to API_KEY.",
  customerSide:
    "Who may query and change the API's data is the customer's: an identity-based mode (AWS_IAM, AMAZON_COGNITO_USER_POOLS, OPENID_CONNECT or AWS_LAMBDA) ties every request to a caller. Kept a warning: public read-only APIs use keys on purpose; waive it with the reason when that is the design.",
  severity: 'warning',
  remediation: {
    l2: 'new appsync.GraphqlApi(this, id, { name, definition, authorizationConfig: { defaultAuthorization: { authorizationType: appsync.AuthorizationType.IAM } } })',
    l1: 'AuthenticationType: AWS_IAM (or AMAZON_COGNITO_USER_POOLS, OPENID_CONNECT, AWS_LAMBDA), and no API_KEY in AdditionalAuthenticationProviders',
  },
  controls: { fsbp: ['AppSync.5'], nist: ['AC-3', 'IA-2', 'IA-5'] },
  sources: [
    `${APPSYNC_CONTROLS}#appsync-5`,
    `${CFN_GRAPHQL_API}#cfn-appsync-graphqlapi-authenticationtype`,
    'https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html',
    'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_appsync.AuthorizationMode.html',
  ],
  messages: {
    primary: 'AuthenticationType is API_KEY, so any holder of the key can call the API.',
    additional: 'AdditionalAuthenticationProviders entry {index} is API_KEY, so any holder of the key can call the API.',
  },
  evaluate(ctx) {
    const primary = ctx.props.at('AuthenticationType').str();
    if (primary === 'API_KEY') return unconfigured('primary');
    const additional = ctx.props.at('AdditionalAuthenticationProviders').list() ?? [];
    const index = additional.findIndex((p) => p.at('AuthenticationType').str() === 'API_KEY');
    if (index >= 0) return unconfigured('additional', { index });
    return configured(
      `AuthenticationType is ${primary ?? 'not set'}${additional.length > 0 ? ` with ${additional.length} additional non-key mode(s)` : ''}`,
    );
  },
});
