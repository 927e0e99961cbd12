import type { EvaluationContext } from '../../lib/model/context';
import { defineDuty } from '../../lib/model/duty';
import { statements } from '../../lib/model/policy';
import type { Value } from '../../lib/model/value';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { actionGranting } from './helpers';

const GITHUB_HOST = 'token.actions.githubusercontent.com';
const SUB_KEY = `${GITHUB_HOST}:sub`;
/** Resources that create an IAM OIDC identity provider: the native one and CDK's custom resource. */
const PROVIDER_TYPES = new Set(['AWS::IAM::OIDCProvider', 'Custom::AWSCDKOpenIdConnectProvider']);

/** Whether a Federated principal is GitHub's OIDC provider: its ARN, or a provider in the template whose Url is GitHub's. */
function isGitHubProvider(ctx: EvaluationContext, federated: Value): boolean {
  const provider = ctx.target(federated);
  if (provider && PROVIDER_TYPES.has(provider.type)) {
    return (ctx.propsOf(provider).at('Url').str() ?? '').toLowerCase().includes(GITHUB_HOST);
  }
  if (provider) return false;
  return (federated.str() ?? '').toLowerCase().includes(`oidc-provider/${GITHUB_HOST}`);
}

/**
 * Whether a condition of the statement tests the `sub` claim. Only the key is read: `Value.at` takes
 * a dot-separated path, so the values under a key that itself contains dots
 * (token.actions.githubusercontent.com:sub) cannot be reached through the reader.
 */
function testsSubject(statement: Value): boolean {
  const condition = statement.at('Condition');
  return (condition.keys() ?? []).some((op) => (condition.at(op).keys() ?? []).some((key) => key.toLowerCase() === SUB_KEY));
}

export default defineDuty({
  id: 'iam-role-github-oidc-trust-restricts-sub',
  title: 'IAM role trusted by GitHub Actions OIDC conditions the token subject (sub)',
  category: 'identity-and-access',
  resourceTypes: ['AWS::IAM::Role'],
  awsSide:
    "AWS STS issues credentials for sts:AssumeRoleWithWebIdentity to any token from GitHub's OIDC provider that satisfies the role's trust policy; tokens from every GitHub repository are signed by that same provider.",
  customerSide:
    "Restricting which workflows can assume the role is the customer's: IAM recommends a condition on token.actions.githubusercontent.com:sub, without which a workflow in any GitHub repository, including other people's, can assume the role.",
  severity: 'error',
  remediation: {
    l2: "new iam.Role(this, id, { assumedBy: new iam.OpenIdConnectPrincipal(provider).withConditions({ StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:my-org/my-repo:*' } }) })",
    l1: 'AssumeRolePolicyDocument statement Condition: { "StringLike": { "token.actions.githubusercontent.com:sub": "repo:<org>/<repo>:<ref or environment>" } }',
  },
  controls: { fsbp: [], nist: ['AC-3', 'AC-6', 'IA-2', 'IA-8'] },
  sources: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html',
    'https://docs.github.com/en/actions/how-tos/secure-your-work/security-harden-deployments/oidc-in-aws',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-role.html',
  ],
  messages: {
    noSubject:
      "Statement #{index} of the trust policy lets GitHub's OIDC provider assume the role with no condition on token.actions.githubusercontent.com:sub.",
  },
  evaluate(ctx) {
    const all = statements(ctx.props.at('AssumeRolePolicyDocument'));
    let github = 0;
    for (let i = 0; i < all.length; i++) {
      const s = all[i];
      if (s.at('Effect').str() === 'Deny') continue;
      if (actionGranting(s, ['sts:AssumeRoleWithWebIdentity']) === undefined) continue;
      const federated = s.at('Principal').at('Federated');
      if (federated.raw === undefined) continue;
      const providers = federated.intrinsic && ctx.target(federated) ? [federated] : (federated.list() ?? []);
      if (!providers.some((p) => isGitHubProvider(ctx, p))) continue;
      github++;
      if (!testsSubject(s)) return unconfigured('noSubject', { index: i + 1 });
    }
    if (github === 0) return notApplicable("the role does not trust GitHub's OIDC provider");
    return configured(
      "every statement trusting GitHub's OIDC provider has a condition on token.actions.githubusercontent.com:sub (its value is not checked)",
    );
  },
});
