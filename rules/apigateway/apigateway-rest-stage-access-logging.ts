import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { LOGGING_NIST, STAGE_SOURCE } from './helpers';

export default defineDuty({
  id: 'apigateway-rest-stage-access-logging',
  title: 'API Gateway REST API stage has access logging',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::ApiGateway::Stage'],
  awsSide:
    'API Gateway writes one access log record per request (caller, source IP, status, latency) to CloudWatch Logs or Firehose only when the stage has an AccessLogSetting; there is none by default.',
  customerSide:
    "Keeping a record of who called the API is the customer's: only an access log destination on the stage records the callers for audit and incident response.",
  severity: 'warning',
  remediation: {
    l2: 'new apigateway.RestApi(this, id, { deployOptions: { accessLogDestination: new apigateway.LogGroupLogDestination(logGroup), accessLogFormat: apigateway.AccessLogFormat.jsonWithStandardFields() } })',
    l1: 'AccessLogSetting: { DestinationArn: <log group or Firehose ARN>, Format: ... }',
  },
  controls: { fsbp: [], nist: LOGGING_NIST },
  sources: [
    STAGE_SOURCE,
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigateway-stage-accesslogsetting.html',
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html',
  ],
  messages: {
    none: 'The REST API stage has no AccessLogSetting destination, so requests are not recorded.',
    noFormat:
      'The REST API stage names an access log destination but no AccessLogSetting.Format; the CloudFormation reference requires both to enable access logging, so requests are not recorded.',
  },
  evaluate(ctx) {
    if (!ctx.props.at('AccessLogSetting.DestinationArn').isSet()) return unconfigured('none');
    if (!ctx.props.at('AccessLogSetting.Format').isSet()) return unconfigured('noFormat');
    return configured('AccessLogSetting has a destination and a format');
  },
});
