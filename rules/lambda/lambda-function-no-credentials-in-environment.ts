import { defineDuty } from '../../lib/model/duty';
import { looksLikeSecretName } from '../../lib/model/evidence/secret-names';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'lambda-function-no-credentials-in-environment',
  title: 'Lambda function keeps credentials out of its environment variables',
  category: 'data-protection',
  resourceTypes: ['AWS::Lambda::Function'],
  awsSide:
    'Lambda encrypts environment variables at rest, but returns them in clear text to anyone allowed lambda:GetFunctionConfiguration and shows them in the console; a value written in the template is also kept by CloudFormation.',
  customerSide:
    "The function's credentials are the customer's: AWS recommends Secrets Manager (or Parameter Store) read at run time, and the execution role instead of access keys, rather than secrets in environment variables.",
  severity: 'error',
  remediation: {
    l2: 'secret.grantRead(fn) and pass the secret ARN (environment: { DB_SECRET_ARN: secret.secretArn }), reading the value at run time; use the execution role instead of access keys',
    l1: 'Environment.Variables: names such as *_SECRET_ARN or *_PARAMETER that point to Secrets Manager or Parameter Store, not the credential itself',
  },
  controls: { fsbp: [], nist: ['IA-5(7)', 'SA-3', 'SC-28'] },
  sources: [
    'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html',
    'https://docs.aws.amazon.com/lambda/latest/dg/with-secrets-manager.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-environment.html',
  ],
  messages: {
    credentials: 'Environment variables whose names read as credentials: {variables}.',
  },
  evaluate(ctx) {
    // Only names are read: values are never inspected or reported (ECS and CodeBuild duties do the same).
    const found = (ctx.props.at('Environment').at('Variables').keys() ?? []).filter(looksLikeSecretName);
    if (found.length > 0) return unconfigured('credentials', { variables: found.join(', ') });
    return configured('no environment variable name reads as a credential');
  },
});
