import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'lambda-function-xray-tracing',
  title: 'Lambda function has AWS X-Ray active tracing',
  category: 'logging-and-monitoring',
  resourceTypes: ['AWS::Lambda::Function'],
  awsSide:
    'AWS runs the X-Ray daemon in the execution environment and records traces when tracing is active; the CloudFormation default TracingConfig Mode is PassThrough, which only traces requests that arrive already sampled.',
  customerSide:
    "Turning on tracing is the customer's: without Mode Active, Lambda does not sample requests itself, so calls that reach the function directly leave no trace to investigate.",
  severity: 'info',
  remediation: {
    l2: 'new lambda.Function(this, id, { tracing: lambda.Tracing.ACTIVE, ... })',
    l1: 'TracingConfig: { Mode: "Active" }',
  },
  controls: { fsbp: [], nist: ['AU-12', 'CA-7', 'SI-4'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-tracingconfig.html',
    'https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html',
  ],
  messages: {
    notActive: 'TracingConfig Mode is {mode}, so Lambda does not sample and trace requests on its own.',
  },
  evaluate(ctx) {
    const mode = ctx.props.at('TracingConfig.Mode').str();
    if (mode === 'Active') return configured('TracingConfig Mode is Active');
    return unconfigured('notActive', { mode: mode ?? 'not set (PassThrough)' });
  },
});
