import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'lambda-url-auth-required',
  title: 'Lambda function URL requires IAM authentication',
  category: 'identity-and-access',
  resourceTypes: ['AWS::Lambda::Url'],
  awsSide:
    "AWS serves function URLs over HTTPS and, with AuthType AWS_IAM, authenticates every request with Signature Version 4 and authorizes it against IAM and the function's resource policy; with AuthType NONE it authenticates nobody.",
  customerSide:
    "Choosing who may invoke the function is the customer's: a function URL with AuthType NONE lets anyone on the internet who knows the URL invoke the function, so any authentication must then be written into the function code.",
  severity: 'error',
  remediation: {
    l2: 'fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM }) (the default), then fnUrl.grantInvokeUrl(principal)',
    l1: 'AuthType: "AWS_IAM" on the AWS::Lambda::Url',
  },
  controls: { fsbp: ['Lambda.1'], nist: ['AC-3', 'AC-6', 'AC-21', 'IA-2', 'SC-7'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-url.html',
    'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-1',
  ],
  messages: {
    open: 'The function URL has AuthType {authType}: anyone who knows the URL can invoke the function without authenticating.',
  },
  evaluate(ctx) {
    const authType = ctx.props.at('AuthType').str();
    if (authType === 'NONE') return unconfigured('open', { authType });
    return configured(`AuthType is ${authType ?? 'not set'}`);
  },
});
