import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'secretsmanager-secret-value-not-in-template',
  title: 'Secrets Manager secret value is generated, not written in the template',
  category: 'data-protection',
  resourceTypes: ['AWS::SecretsManager::Secret'],
  awsSide:
    "Secrets Manager encrypts the secret value at rest with AWS KMS, but a SecretString written into the template is also stored by CloudFormation in the template, where anyone allowed to read the stack's template can see it; GenerateSecretString has Secrets Manager create the value instead.",
  customerSide:
    "Keeping the secret out of code is the customer's: a literal SecretString exposes the credential in source control, the synthesized template and CloudFormation, so let Secrets Manager generate it and rotate it.",
  severity: 'error',
  remediation: {
    l2: 'new secretsmanager.Secret(this, id, { generateSecretString: { ... } }) (the L2 default) instead of secretStringValue: SecretValue.unsafePlainText(...)',
    l1: 'GenerateSecretString: { ... } instead of a literal SecretString',
  },
  controls: { fsbp: [], nist: ['IA-5(7)', 'SC-12', 'SC-28'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-secretsmanager-secret.html',
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/cfn-example_reference-secret.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html',
  ],
  messages: {
    literal: "The secret's SecretString is a literal value of {length} characters written in the template.",
  },
  evaluate(ctx) {
    const value = ctx.props.at('SecretString');
    if (!value.isSet())
      return configured(
        ctx.props.at('GenerateSecretString').isSet()
          ? 'Secrets Manager generates the value (GenerateSecretString)'
          : 'the template sets no SecretString',
      );
    const text = value.str() ?? '';
    if (text === '') return configured('SecretString is empty');
    return unconfigured('literal', { length: text.length });
  },
});
