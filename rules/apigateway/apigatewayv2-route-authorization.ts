import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { APIGW_CONTROLS_SOURCE, v2ApiSensitiveBy, v2Protocol } from './helpers';

export default defineDuty({
  id: 'apigatewayv2-route-authorization',
  title: 'API Gateway HTTP or WebSocket route specifies an authorization type',
  category: 'identity-and-access',
  resourceTypes: ['AWS::ApiGatewayV2::Route'],
  awsSide:
    "API Gateway enforces the route's authorizer (IAM, JWT or Lambda) before calling the integration; a route whose AuthorizationType is NONE, the default, is open to everyone on the internet.",
  customerSide:
    "Deciding who may call each route is the customer's: a route without an authorizer serves anonymous callers unless the backend authenticates them itself. Reported as a warning, like REST methods (many routes are public by design); as an error when the API is tagged with a sensitive classification level.",
  // Severity decision (issue 13): a warning, like its REST equivalent apigateway-method-authorization. Many routes
  // are public by design (webhooks, sign-in, health checks), and a reviewer waives those; when the API is tagged
  // with a sensitive classification level, an open route is an error (the verdict carries the tag).
  severity: 'warning',
  remediation: {
    l2: 'httpApi.addRoutes({ path, methods, integration, authorizer: new HttpIamAuthorizer() }) (or HttpJwtAuthorizer / HttpLambdaAuthorizer, or defaultAuthorizer on the HttpApi)',
    l1: 'AuthorizationType: "AWS_IAM", "JWT" or "CUSTOM" (with AuthorizerId)',
  },
  controls: { fsbp: ['APIGateway.8'], nist: ['AC-3', 'CM-2', 'CM-2(2)', 'IA-2'] },
  sources: [
    `${APIGW_CONTROLS_SOURCE}#apigateway-8`,
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigatewayv2-route.html',
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html',
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-control-access.html',
  ],
  messages: {
    open: 'The route {route} has AuthorizationType {type}, so it accepts unauthenticated callers.',
  },
  evaluate(ctx) {
    const route = ctx.props.at('RouteKey').str() ?? '?';
    if (/^OPTIONS\s/i.test(route))
      return notApplicable('OPTIONS routes answer CORS preflight requests, which browsers send without credentials');
    if (v2Protocol(ctx) === 'WEBSOCKET' && route !== '$connect') {
      return notApplicable('WebSocket APIs authorize on the $connect route only');
    }
    const type = ctx.props.at('AuthorizationType').str();
    if (type !== undefined && type !== 'NONE') return configured(`AuthorizationType is ${type}`);
    return unconfigured('open', { route, type: type ?? 'not set (NONE)' }, v2ApiSensitiveBy(ctx));
  },
});
