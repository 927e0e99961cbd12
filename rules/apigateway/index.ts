import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import apigatewayDomainNameTls12 from './apigateway-domain-name-tls12';
import apigatewayMethodAuthorization from './apigateway-method-authorization';
import apigatewayRestStageAccessLogging from './apigateway-rest-stage-access-logging';
import apigatewayStageCacheEncrypted from './apigateway-stage-cache-encrypted';
import apigatewayStageClientCertificate from './apigateway-stage-client-certificate';
import apigatewayStageExecutionLogging from './apigateway-stage-execution-logging';
import apigatewayStageWaf from './apigateway-stage-waf';
import apigatewayStageXrayTracing from './apigateway-stage-xray-tracing';
import apigatewayv2RouteAuthorization from './apigatewayv2-route-authorization';
import apigatewayv2StageAccessLogging from './apigatewayv2-stage-access-logging';

/** API Gateway duties, sorted by id. */
export const duties: readonly Duty[] = [
  apigatewayDomainNameTls12,
  apigatewayMethodAuthorization,
  apigatewayRestStageAccessLogging,
  apigatewayStageCacheEncrypted,
  apigatewayStageClientCertificate,
  apigatewayStageExecutionLogging,
  apigatewayStageWaf,
  apigatewayStageXrayTracing,
  apigatewayv2RouteAuthorization,
  apigatewayv2StageAccessLogging,
];

const SECURITY = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/security.html';

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::ApiGateway::Stage',
    service: 'Amazon API Gateway',
    serviceModel: 'abstracted',
    awsSide:
      "AWS operates the API endpoints, TLS termination, throttling and DDoS protection of the stage; logging, tracing, caching, client certificates and web ACLs are the customer's configuration.",
    source: SECURITY,
  },
  {
    type: 'AWS::ApiGateway::Method',
    service: 'Amazon API Gateway',
    serviceModel: 'abstracted',
    awsSide:
      "AWS enforces the authorizer the customer attaches to the method before invoking the integration; which authorizer, if any, is the customer's choice.",
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html',
  },
  {
    type: 'AWS::ApiGateway::DomainName',
    service: 'Amazon API Gateway',
    serviceModel: 'abstracted',
    awsSide: "AWS terminates TLS for the custom domain with the customer's certificate and the security policy the customer selects.",
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html',
  },
  {
    type: 'AWS::ApiGatewayV2::Stage',
    service: 'Amazon API Gateway',
    serviceModel: 'abstracted',
    awsSide:
      "AWS operates the HTTP and WebSocket API endpoints, TLS termination and throttling; access and execution logging are the customer's configuration.",
    source: SECURITY,
  },
  {
    type: 'AWS::ApiGatewayV2::Route',
    service: 'Amazon API Gateway',
    serviceModel: 'abstracted',
    awsSide:
      "AWS enforces the authorizer the customer attaches to the route before invoking the integration; which authorizer, if any, is the customer's choice.",
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html',
  },
];
