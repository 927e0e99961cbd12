import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

const LOGGING_LEVELS = ['ALL', 'ERROR', 'FATAL'];

export default defineDuty({
  id: 'stepfunctions-state-machine-logging',
  title: 'Step Functions state machine logs execution history to CloudWatch Logs',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::StepFunctions::StateMachine'],
  awsSide:
    "Step Functions sends execution history events to CloudWatch Logs only when the state machine's LoggingConfiguration sets a Level other than OFF; the default Level is OFF.",
  customerSide:
    "Keeping a record of executions, their failures and their results is the customer's: with logging OFF, failed or unexpected executions leave no log to investigate.",
  severity: 'warning',
  remediation: {
    l2: 'new sfn.StateMachine(this, id, { logs: { destination: logGroup, level: sfn.LogLevel.ERROR } })',
    l1: 'LoggingConfiguration: { Level: ALL | ERROR | FATAL, Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: <log group ARN> } }] }',
  },
  controls: { fsbp: ['StepFunctions.1'], nist: ['AU-2', 'AU-3', 'AU-12', 'SI-4'] },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/stepfunctions-controls.html#stepfunctions-1',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-stepfunctions-statemachine.html#cfn-stepfunctions-statemachine-loggingconfiguration',
    'https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html',
  ],
  messages: {
    off: 'LoggingConfiguration Level is {level}, so Step Functions logs no execution history.',
  },
  evaluate(ctx) {
    const level = ctx.props.at('LoggingConfiguration.Level').str();
    if (level !== undefined && LOGGING_LEVELS.includes(level)) return configured(`LoggingConfiguration Level is ${level}`);
    return unconfigured('off', { level: level ?? 'not set (OFF)' });
  },
});
