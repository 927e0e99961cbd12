import { defineDuty } from '../../lib/model/duty';
import type { ResourceRecord } from '../../lib/model/resource';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'lambda-function-async-failure-destination',
  title: 'Lambda function keeps failed asynchronous invocations (dead-letter queue or on-failure destination)',
  category: 'resilience',
  resourceTypes: ['AWS::Lambda::Function'],
  awsSide:
    'For asynchronous invocations AWS queues the event, retries it twice on error and keeps it for up to six hours; after that it discards the event unless the function has a dead-letter queue or an on-failure destination.',
  customerSide:
    "Keeping events that fail is the customer's: only a configured dead-letter queue or on-failure destination preserves them for inspection and replay. Functions that are only invoked synchronously or by event source mappings can ignore this advice.",
  severity: 'info',
  remediation: {
    l2: 'new lambda.Function(this, id, { onFailure: new destinations.SqsDestination(queue) }) or { deadLetterQueueEnabled: true }',
    l1: 'DeadLetterConfig: { TargetArn: <SQS queue or SNS topic ARN> } on the function, or an AWS::Lambda::EventInvokeConfig with DestinationConfig.OnFailure.Destination',
  },
  controls: { fsbp: [], nist: ['CP-10', 'SI-13', 'AU-12'] },
  sources: [
    'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-deadletterconfig.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-eventinvokeconfig.html',
  ],
  messages: {
    none: 'The function has no DeadLetterConfig and no AWS::Lambda::EventInvokeConfig with an on-failure destination, so asynchronous events that keep failing are discarded.',
  },
  evaluate(ctx) {
    if (ctx.props.at('DeadLetterConfig.TargetArn').isSet()) return configured('DeadLetterConfig.TargetArn is set');
    // Only a configuration whose FunctionName names this function counts (one for another function may name it as its destination).
    const configs = ctx.attachments('AWS::Lambda::EventInvokeConfig', 'FunctionName');
    const sends = (config: ResourceRecord) => ctx.propsOf(config).at('DestinationConfig.OnFailure.Destination').isSet();
    const found = configs.sure.find(sends);
    if (found) return configured(`${found.logicalId} sends failed invocations to an on-failure destination`);
    configs.settle(sends);
    return unconfigured('none');
  },
});
