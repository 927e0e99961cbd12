import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'logs-log-group-retained-on-delete',
  title: 'CloudWatch Logs log group is retained when its stack is deleted',
  category: 'resilience',
  resourceTypes: ['AWS::Logs::LogGroup'],
  awsSide:
    "CloudFormation deletes a resource with its stack, or on replacement, unless the resource's DeletionPolicy is Retain; for AWS::Logs::LogGroup the default is Delete, which removes every stored log event.",
  customerSide:
    "Preserving log evidence beyond the life of the stack is the customer's: with the default DeletionPolicy a stack deletion or rollback erases the logs needed to investigate what happened.",
  severity: 'info',
  remediation: {
    l2: "new logs.LogGroup(this, id, { removalPolicy: RemovalPolicy.RETAIN }) (CDK's default for LogGroup)",
    l1: 'DeletionPolicy: Retain and UpdateReplacePolicy: Retain on the AWS::Logs::LogGroup resource',
  },
  controls: { fsbp: [], nist: ['AU-9', 'AU-11'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html',
    'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_logs.LogGroupProps.html#removalpolicy',
  ],
  messages: {
    deleted: 'DeletionPolicy is {policy}, so CloudFormation deletes the log group and its events with the stack.',
  },
  evaluate(ctx) {
    const policy = ctx.entry.at('DeletionPolicy').str();
    if (policy === 'Retain' || policy === 'RetainExceptOnCreate') return configured(`DeletionPolicy is ${policy}`);
    return unconfigured('deleted', { policy: policy ?? 'not set (Delete)' });
  },
});
