import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';

/** Words in the last segment of a parameter name that say it holds a secret. */
const SECRET_WORDS =
  /(^|[^a-z])(password|passwd|pwd|passphrase|secret|token|apikey|api[-_.]?key|privatekey|private[-_.]?key|credentials?|client[-_.]?secret)($|[^a-z])/i;
/** Words that say the parameter only names or locates a secret, not holds it. */
const REFERENCE_WORDS =
  /(^|[^a-z])(arn|name|id|url|uri|endpoint|path|length|policy|type|ttl|expiry|expiration|rotation|version)($|[^a-z])/i;
/** Values that are credentials whatever the name: a PEM private key, an AWS access key id. */
const SECRET_VALUES: ReadonlyArray<readonly [RegExp, string]> = [
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'a PEM private key'],
  [/\b(AKIA|ASIA)[0-9A-Z]{16}\b/, 'an AWS access key ID'],
];

/** The last segment of a parameter name, split into words (camelCase too). */
function lastSegment(name: string): string {
  return (name.split('/').pop() ?? name).replace(/([a-z0-9])([A-Z])/g, '$1_$2');
}

export default defineDuty({
  id: 'ssm-parameter-no-plaintext-secret',
  title: 'SSM parameter that holds a secret is not a plaintext String parameter',
  category: 'data-protection',
  resourceTypes: ['AWS::SSM::Parameter'],
  awsSide:
    'Parameter Store encrypts only SecureString parameters with AWS KMS; String and StringList values are stored and returned in plaintext, and CloudFormation cannot create SecureString parameters, so a value written in the template is also stored in the template.',
  customerSide:
    "Classifying and protecting secrets is the customer's: a password, token or key kept in a String parameter is readable by anyone with ssm:GetParameter and by anyone who can read the template, so keep it in Secrets Manager (or a SecureString created outside the template) and reference it.",
  severity: 'warning',
  remediation: {
    l2: "new secretsmanager.Secret(this, id, { generateSecretString: { ... } }) and reference it, instead of new ssm.StringParameter(this, id, { stringValue: '<secret>' })",
    l1: 'remove the secret from AWS::SSM::Parameter Value (Type String/StringList); store it in AWS::SecretsManager::Secret and use a {{resolve:secretsmanager:...}} dynamic reference where it is needed',
  },
  controls: { fsbp: [], nist: ['IA-5(7)', 'SC-12', 'SC-28'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-parameter.html#cfn-ssm-parameter-type',
    'https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-parameter-store.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html',
  ],
  messages: {
    secretName:
      'Parameter {name} is a plaintext {type} parameter whose name says it holds a secret, and its value is written in the template.',
    secretValue: 'The value of {type} parameter {name} contains {what}, stored in plaintext.',
  },
  evaluate(ctx) {
    const type = ctx.props.at('Type').str() ?? 'String';
    if (type === 'SecureString') return notApplicable('the parameter is a SecureString (which CloudFormation cannot create)');
    const nameValue = ctx.props.at('Name');
    const label =
      nameValue.raw === undefined
        ? ctx.resource.logicalId
        : nameValue.isToken
          ? ctx.resource.logicalId
          : (nameValue.str() ?? ctx.resource.logicalId);
    const valueProp = ctx.props.at('Value');
    // A Ref or Fn::GetAtt to a resource of the template names that resource, except the secret of an access key.
    const target = valueProp.intrinsic ? ctx.target(valueProp) : undefined;
    if (target) {
      const getAtt = valueProp.intrinsic?.['Fn::GetAtt'];
      const attribute = Array.isArray(getAtt) ? String(getAtt[1]) : typeof getAtt === 'string' ? getAtt.split('.')[1] : undefined;
      if (target.type === 'AWS::IAM::AccessKey' && attribute === 'SecretAccessKey') {
        return unconfigured('secretValue', { name: label, type, what: `the SecretAccessKey of access key ${target.logicalId}` });
      }
      return configured(`the value is a reference to ${target.logicalId}, not a literal`);
    }
    const value = valueProp.str() ?? '';
    for (const [pattern, what] of SECRET_VALUES) {
      if (pattern.test(value)) return unconfigured('secretValue', { name: label, type, what });
    }
    if (nameValue.raw === undefined) return configured('the value holds no recognisable credential and CloudFormation names the parameter');
    const segment = lastSegment(nameValue.str() ?? '');
    if (SECRET_WORDS.test(segment) && !REFERENCE_WORDS.test(segment) && value !== '') {
      return unconfigured('secretName', { name: label, type });
    }
    return configured('neither the name nor the value of the parameter looks like a secret');
  },
});
