import { defineDuty } from '../../lib/model/duty';
import { conditionConfines, principalAccount } from '../../lib/model/policy';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';

const S3_PRINCIPALS = new Set(['s3.amazonaws.com', 's3.amazonaws.com.cn']);

/**
 * The permission's properties that become conditions of its policy statement, with the operator
 * Lambda writes (SourceArn is matched with ArnLike, so a wildcard ARN of any account confines nothing).
 * https://docs.aws.amazon.com/lambda/latest/api/API_AddPermission.html
 */
const CONDITIONS: ReadonlyArray<readonly [string, string, string]> = [
  ['SourceArn', 'ArnLike', 'aws:SourceArn'],
  ['SourceAccount', 'StringEquals', 'aws:SourceAccount'],
  ['PrincipalOrgID', 'StringEquals', 'aws:PrincipalOrgID'],
];

export default defineDuty({
  id: 'lambda-permission-not-public',
  title: 'Lambda permission does not grant invocation to everyone',
  category: 'identity-and-access',
  resourceTypes: ['AWS::Lambda::Permission'],
  awsSide:
    'AWS evaluates the function\'s resource-based policy on every invocation; each AWS::Lambda::Permission adds one statement to it, and a statement for Principal "*" without a source, account or organization condition lets any AWS account invoke the function.',
  customerSide:
    "Deciding who may invoke the function is the customer's: only the permission's Principal and its SourceArn, SourceAccount or PrincipalOrgID conditions keep other accounts out.",
  severity: 'error',
  remediation: {
    l2: 'fn.addPermission(id, { principal: new iam.AccountPrincipal(account) }) or fn.grantInvoke(...) for a named principal; for a service principal pass sourceArn and sourceAccount',
    l1: 'Principal: an account, role or service principal instead of "*", or add SourceAccount / SourceArn / PrincipalOrgID; for Principal "s3.amazonaws.com" set SourceAccount',
  },
  controls: {
    fsbp: ['Lambda.1'],
    nist: [
      'AC-21',
      'AC-3',
      'AC-3(7)',
      'AC-4',
      'AC-4(21)',
      'AC-6',
      'SC-7',
      'SC-7(11)',
      'SC-7(16)',
      'SC-7(20)',
      'SC-7(21)',
      'SC-7(3)',
      'SC-7(4)',
      'SC-7(9)',
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-1',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-permission.html',
    'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html',
    'https://docs.aws.amazon.com/lambda/latest/api/API_AddPermission.html',
  ],
  messages: {
    public:
      'The permission grants {action} to Principal "*" with no SourceArn, SourceAccount or PrincipalOrgID, so any AWS account can invoke the function.',
    s3NoAccount:
      'The permission grants {action} to {principal} without SourceAccount: a bucket with the given name in another account could invoke the function.',
  },
  evaluate(ctx) {
    const principal = ctx.props.at('Principal').str();
    const action = ctx.props.at('Action').str() ?? 'lambda:InvokeFunction';
    if (principal === undefined) return notApplicable('the permission names no Principal');
    if (principalAccount(principal) === '*') {
      if (ctx.props.at('FunctionUrlAuthType').str() === 'NONE' || ctx.props.at('InvokedViaFunctionUrl').bool() === true) {
        return notApplicable('this grant only serves a function URL with AuthType NONE, reported by lambda-url-auth-required');
      }
      for (const [property, operator, key] of CONDITIONS) {
        const value = ctx.props.at(property);
        if (value.isSet() && conditionConfines(operator, key, value)) return configured(`Principal "*" is confined by ${property}`);
      }
      return unconfigured('public', { action });
    }
    if (S3_PRINCIPALS.has(principal.toLowerCase())) {
      if (ctx.props.at('SourceAccount').isSet()) return configured(`${principal} is confined by SourceAccount`);
      return unconfigured('s3NoAccount', { action, principal });
    }
    return configured(`the permission is granted to ${principal}, not to everyone`);
  },
});
