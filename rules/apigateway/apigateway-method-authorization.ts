import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'apigateway-method-authorization',
  title: 'API Gateway REST API method requires authorization',
  category: 'identity-and-access',
  resourceTypes: ['AWS::ApiGateway::Method'],
  awsSide:
    "API Gateway enforces the method's authorizer (IAM, Amazon Cognito user pool or Lambda authorizer) before calling the integration; a method with AuthorizationType NONE, the default, is open to every caller the endpoint and resource policy let through.",
  customerSide:
    "Deciding who may call each method is the customer's: a method without an authorizer serves anonymous callers unless the backend authenticates them itself. CORS preflight (OPTIONS) methods are open by design.",
  severity: 'warning',
  remediation: {
    l2: 'resource.addMethod("GET", integration, { authorizationType: apigateway.AuthorizationType.IAM }) or { authorizer: new apigateway.CognitoUserPoolsAuthorizer(...) } (or defaultMethodOptions on the RestApi)',
    l1: 'AuthorizationType: "AWS_IAM", "COGNITO_USER_POOLS" or "CUSTOM" (with AuthorizerId)',
  },
  controls: { fsbp: [], nist: ['AC-3', 'IA-2', 'IA-8'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-method.html',
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html',
  ],
  messages: {
    open: 'The {method} method has AuthorizationType {type}, so it accepts unauthenticated callers.',
  },
  evaluate(ctx) {
    const method = ctx.props.at('HttpMethod').str() ?? '?';
    if (method.toUpperCase() === 'OPTIONS')
      return notApplicable('OPTIONS methods answer CORS preflight requests, which browsers send without credentials');
    const type = ctx.props.at('AuthorizationType').str();
    if (type !== undefined && type !== 'NONE') return configured(`AuthorizationType is ${type}`);
    const api = ctx.target(ctx.props.at('RestApiId'));
    if (api?.type === 'AWS::ApiGateway::RestApi') {
      const types = (ctx.propsOf(api).at('EndpointConfiguration.Types').list() ?? []).map((t) => t.str());
      if (types.includes('PRIVATE'))
        return configured(
          'the method has no authorizer but belongs to a private API, reachable only through VPC endpoints its resource policy allows',
        );
    }
    return unconfigured('open', { method, type: type ?? 'not set (NONE)' });
  },
});
