import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'stepfunctions-state-machine-xray-tracing',
  title: 'Step Functions state machine has AWS X-Ray tracing enabled',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::StepFunctions::StateMachine'],
  awsSide: 'Step Functions sends trace data to AWS X-Ray only when TracingConfiguration Enabled is true; it is off by default.',
  customerSide:
    "Tracing executions across the services a workflow calls is the customer's choice: without it, latency and failures along the workflow cannot be followed end to end.",
  severity: 'info',
  remediation: {
    l2: 'new sfn.StateMachine(this, id, { tracingEnabled: true })',
    l1: 'TracingConfiguration: { Enabled: true }',
  },
  controls: { fsbp: [], nist: ['AU-12', 'CA-7', 'SI-4'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-stepfunctions-statemachine-tracingconfiguration.html',
    'https://docs.aws.amazon.com/step-functions/latest/dg/concepts-xray-tracing.html',
  ],
  messages: {
    off: 'TracingConfiguration Enabled is {value}, so executions are not traced in AWS X-Ray.',
  },
  evaluate(ctx) {
    const enabled = ctx.props.at('TracingConfiguration.Enabled').bool();
    if (enabled === true) return configured('TracingConfiguration Enabled is true');
    return unconfigured('off', { value: enabled === false ? 'false' : 'not set (false)' });
  },
});
