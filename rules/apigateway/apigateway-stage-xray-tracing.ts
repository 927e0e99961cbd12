import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { APIGW_CONTROLS_SOURCE, STAGE_SOURCE } from './helpers';

export default defineDuty({
  id: 'apigateway-stage-xray-tracing',
  title: 'API Gateway REST API stage has AWS X-Ray tracing',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::ApiGateway::Stage'],
  awsSide: 'API Gateway samples and sends request traces to AWS X-Ray only for stages with TracingEnabled true; the default is false.',
  customerSide:
    "Turning on tracing is the customer's: without it there is no end-to-end trace of a request through the API and its integrations to investigate latency or failures.",
  severity: 'info',
  remediation: {
    l2: 'new apigateway.RestApi(this, id, { deployOptions: { tracingEnabled: true } })',
    l1: 'TracingEnabled: true',
  },
  controls: { fsbp: ['APIGateway.3'], nist: ['CA-7', 'AU-12', 'SI-4'] },
  sources: [
    `${APIGW_CONTROLS_SOURCE}#apigateway-3`,
    STAGE_SOURCE,
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-xray.html',
  ],
  messages: {
    off: 'TracingEnabled is {value}, so API Gateway sends no traces to AWS X-Ray.',
  },
  evaluate(ctx) {
    const enabled = ctx.props.at('TracingEnabled').bool();
    if (enabled === true) return configured('TracingEnabled is true');
    return unconfigured('off', { value: enabled === undefined ? 'not set (false)' : 'false' });
  },
});
