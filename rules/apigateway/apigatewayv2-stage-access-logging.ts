import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { APIGW_CONTROLS_SOURCE, LOGGING_NIST, V2_STAGE_SOURCE } from './helpers';

export default defineDuty({
  id: 'apigatewayv2-stage-access-logging',
  title: 'API Gateway HTTP or WebSocket API stage has access logging',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::ApiGatewayV2::Stage'],
  awsSide:
    'API Gateway writes one access log record per request or connection to CloudWatch Logs only when the stage has AccessLogSettings; there are none by default.',
  customerSide:
    "Keeping a record of who called the API is the customer's: only an access log destination on the stage records the callers for audit and incident response.",
  severity: 'warning',
  remediation: {
    l2: 'new apigatewayv2.HttpStage(this, id, { httpApi, accessLogSettings: { destination: new apigatewayv2.LogGroupLogDestination(logGroup) } })',
    l1: 'AccessLogSettings: { DestinationArn: <log group ARN>, Format: ... }',
  },
  controls: { fsbp: ['APIGateway.9'], nist: LOGGING_NIST },
  sources: [
    `${APIGW_CONTROLS_SOURCE}#apigateway-9`,
    V2_STAGE_SOURCE,
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html',
  ],
  messages: {
    none: 'The stage has no AccessLogSettings destination, so requests are not recorded.',
  },
  evaluate(ctx) {
    if (ctx.props.at('AccessLogSettings.DestinationArn').isSet()) return configured('AccessLogSettings.DestinationArn is set');
    return unconfigured('none');
  },
});
