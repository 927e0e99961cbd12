import { defineDuty } from '../../lib/model/duty';
import { effect, statements, stringList } from '../../lib/model/policy';
import { configured, unconfigured } from '../../lib/model/verdict';

export default defineDuty({
  id: 'iam-role-trust-no-wildcard-action',
  title: 'IAM role trust policy allows named STS actions, not "*" or NotAction',
  category: 'identity-and-access',
  resourceTypes: ['AWS::IAM::Role'],
  awsSide:
    'AWS STS checks the trust policy for sts:AssumeRole, sts:AssumeRoleWithWebIdentity, sts:AssumeRoleWithSAML, sts:TagSession and sts:SetSourceIdentity; an Allow of "*" or NotAction allows every one of them, and any STS action AWS adds later.',
  customerSide:
    'Least privilege in the trust policy is the customer\'s: allow the assume action the trusted principal uses (sts:AssumeRole, or AssumeRoleWithWebIdentity for a federated one) instead of "*" or NotAction.',
  severity: 'warning',
  remediation: {
    l2: 'new iam.Role(this, id, { assumedBy: principal }) (CDK writes sts:AssumeRole or the federated action)',
    l1: 'AssumeRolePolicyDocument statements with "Action": "sts:AssumeRole" (or the web identity / SAML action) instead of "*" or NotAction',
  },
  controls: { fsbp: [], nist: ['AC-3', 'AC-6'] },
  sources: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html',
    'https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecuritytokenservice.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-role.html',
  ],
  messages: {
    wildcard: 'Statement #{index} of the trust policy allows {what}.',
  },
  evaluate(ctx) {
    const all = statements(ctx.props.at('AssumeRolePolicyDocument'));
    for (let i = 0; i < all.length; i++) {
      if (effect(all[i]) !== 'Allow') continue;
      if (all[i].at('NotAction').isSet()) return unconfigured('wildcard', { index: i + 1, what: 'NotAction, every action not listed' });
      if ((stringList(all[i].at('Action')) ?? []).some((a) => a === '*' || a.toLowerCase() === 'sts:*'))
        return unconfigured('wildcard', { index: i + 1, what: 'Action "*", every STS action' });
    }
    return configured('every Allow statement of the trust policy names its actions');
  },
});
