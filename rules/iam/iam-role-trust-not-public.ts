import { defineDuty } from '../../lib/model/duty';
import { statements } from '../../lib/model/policy';
import { configured, unconfigured } from '../../lib/model/verdict';
import { allowsEveryone } from './helpers';

export default defineDuty({
  id: 'iam-role-trust-not-public',
  title: 'IAM role trust policy does not let everyone assume the role',
  category: 'identity-and-access',
  resourceTypes: ['AWS::IAM::Role'],
  awsSide:
    'AWS STS lets a principal assume a role only if the role\'s trust policy (AssumeRolePolicyDocument) allows it; a Principal of "*" allows any AWS principal in any account.',
  customerSide:
    'Deciding who may assume a role is the customer\'s: a trust policy that allows "*" without a condition confining it to known accounts, an organization or source lets anyone with AWS credentials obtain the role\'s permissions.',
  severity: 'error',
  remediation: {
    l2: "new iam.Role(this, id, { assumedBy: new iam.AccountPrincipal('111122223333') /* or ServicePrincipal, or a principal .withConditions({ StringEquals: { 'aws:PrincipalOrgID': 'o-...' } }) */ })",
    l1: 'AssumeRolePolicyDocument statements whose Principal names the trusted accounts, roles or services instead of "*", or a Condition on aws:PrincipalOrgID / aws:PrincipalAccount / aws:SourceArn',
  },
  controls: { fsbp: [], nist: ['AC-3', 'AC-4', 'AC-6', 'AC-21'] },
  sources: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-role.html',
  ],
  messages: {
    publicTrust: 'Statement #{index} of the trust policy allows Principal "*" to assume the role with no condition that confines it.',
  },
  evaluate(ctx) {
    const all = statements(ctx.props.at('AssumeRolePolicyDocument'));
    for (let i = 0; i < all.length; i++) {
      if (allowsEveryone(ctx, all[i])) return unconfigured('publicTrust', { index: i + 1 });
    }
    return configured('the trust policy names its principals');
  },
});
