import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured, unknown } from '../../lib/model/verdict';
import {
  APIGW_CONTROLS_SOURCE,
  describeMethod,
  isStageWide,
  LOGGING_NIST,
  METHOD_SETTING_SOURCE,
  methodSettings,
  v2Protocol,
  V2_STAGE_SOURCE,
} from './helpers';

const LOGGING = new Set(['ERROR', 'INFO']);

export default defineDuty({
  id: 'apigateway-stage-execution-logging',
  title: 'API Gateway REST or WebSocket stage has execution logging at ERROR or INFO',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::ApiGateway::Stage', 'AWS::ApiGatewayV2::Stage'],
  awsSide:
    'API Gateway writes execution logs (authorizer, integration and error details) to CloudWatch Logs only for stages and methods whose logging level is ERROR or INFO; the default level is OFF.',
  customerSide:
    "Keeping a record of how requests were handled is the customer's: only a logging level of ERROR or INFO on every method of the stage produces the logs needed to investigate failures and abuse.",
  severity: 'warning',
  remediation: {
    l2: 'new apigateway.RestApi(this, id, { deployOptions: { loggingLevel: apigateway.MethodLoggingLevel.INFO } }) (WebSocket: stage escape hatch DefaultRouteSettings.LoggingLevel)',
    l1: 'REST: MethodSettings: [{ ResourcePath: "/*", HttpMethod: "*", LoggingLevel: "INFO" }]; WebSocket: DefaultRouteSettings: { LoggingLevel: "INFO" }',
  },
  controls: { fsbp: ['APIGateway.1'], nist: LOGGING_NIST },
  sources: [
    `${APIGW_CONTROLS_SOURCE}#apigateway-1`,
    METHOD_SETTING_SOURCE,
    V2_STAGE_SOURCE,
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html',
  ],
  messages: {
    off: 'The stage has no stage-wide logging level of ERROR or INFO (found {level}), so its methods write no execution logs.',
    methodOff: "The method {method} overrides the stage's logging with LoggingLevel {level}.",
    routeOff: "The WebSocket stage's DefaultRouteSettings.LoggingLevel is {level}.",
    routeOverride: "The WebSocket route {route} overrides the stage's logging with LoggingLevel {level}.",
  },
  evaluate(ctx) {
    if (ctx.resource.type === 'AWS::ApiGatewayV2::Stage') {
      const protocol = v2Protocol(ctx);
      if (protocol === undefined)
        return unknown("the stage's API is not in this template, so whether it is an HTTP or a WebSocket API cannot be read");
      if (protocol !== 'WEBSOCKET')
        return notApplicable('HTTP APIs have no execution logging; access logging is checked by apigatewayv2-stage-access-logging');
      const level = ctx.props.at('DefaultRouteSettings.LoggingLevel').str();
      if (!level || !LOGGING.has(level)) return unconfigured('routeOff', { level: level ?? 'not set (OFF)' });
      const routes = ctx.props.at('RouteSettings');
      for (const route of routes.keys() ?? []) {
        const routeLevel = routes.at(route).at('LoggingLevel').str();
        if (routeLevel !== undefined && !LOGGING.has(routeLevel)) return unconfigured('routeOverride', { route, level: routeLevel });
      }
      return configured(`DefaultRouteSettings.LoggingLevel is ${level}`);
    }
    const settings = methodSettings(ctx.props);
    const stageWide = settings.filter(isStageWide).pop();
    const level = stageWide?.value.at('LoggingLevel').str();
    if (!level || !LOGGING.has(level)) return unconfigured('off', { level: level ?? 'none (OFF)' });
    for (const setting of settings) {
      if (isStageWide(setting)) continue;
      const methodLevel = setting.value.at('LoggingLevel').str();
      if (methodLevel !== undefined && !LOGGING.has(methodLevel))
        return unconfigured('methodOff', { method: describeMethod(setting), level: methodLevel });
    }
    return configured(`stage-wide LoggingLevel is ${level}`);
  },
});
