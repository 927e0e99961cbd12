import { defineDuty } from '../../lib/model/duty';
import { keyChoice } from '../../lib/model/evidence/kms';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'lambda-function-env-encryption-cmk',
  title: 'Lambda function encrypts its environment variables with a customer managed key',
  category: 'data-protection',
  resourceTypes: ['AWS::Lambda::Function'],
  awsSide:
    'AWS always encrypts environment variables at rest; when KmsKeyArn is not set, Lambda uses the AWS managed key aws/lambda, whose key policy the customer cannot change.',
  customerSide:
    "Choosing who may decrypt the environment is the customer's: only a customer managed key lets the customer restrict and audit decryption and revoke it independently of the function.",
  severity: 'info',
  remediation: {
    l2: 'new lambda.Function(this, id, { environmentEncryption: key, ... })',
    l1: 'KmsKeyArn: the ARN of a customer managed AWS::KMS::Key',
  },
  controls: { fsbp: [], nist: ['SC-12', 'SC-28', 'SC-28(1)'] },
  sources: [
    'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-function.html',
  ],
  messages: {
    awsKey: 'The function has {count} environment variable(s) encrypted with {key}, not a customer managed key.',
  },
  evaluate(ctx) {
    const variables = ctx.props.at('Environment.Variables').keys() ?? [];
    if (variables.length === 0) return notApplicable('the function has no environment variables');
    const key = keyChoice(ctx, ctx.props.at('KmsKeyArn'));
    if (key.kind === 'customer-managed') return configured(`KmsKeyArn is the customer managed key ${key.key}`);
    return unconfigured('awsKey', { count: variables.length, key: key.kind === 'none' ? 'the AWS managed key aws/lambda' : key.key });
  },
});
