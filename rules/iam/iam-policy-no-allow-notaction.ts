import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { findAllowOffence, IDENTITY_POLICY_TYPES, identityPolicyDocuments, isEveryResource, resourceMatching } from './helpers';

export default defineDuty({
  id: 'iam-policy-no-allow-notaction',
  title: 'IAM policy does not combine "Effect": "Allow" with NotAction on every resource',
  category: 'identity-and-access',
  resourceTypes: IDENTITY_POLICY_TYPES,
  awsSide:
    'IAM applies NotAction in an Allow statement to every action of every service except the ones listed, including services and actions AWS adds later.',
  customerSide:
    'Least privilege is the customer\'s: Allow with NotAction on "Resource": "*" grants everything that is not listed, which AWS warns can grant more permissions than intended; list the allowed actions instead.',
  severity: 'warning',
  remediation: {
    l2: "new iam.PolicyStatement({ actions: [...the actions needed], resources: [...] }) instead of notActions: [...] with resources: ['*']",
    l1: 'an Allow statement with an Action list instead of NotAction (use NotAction only with "Effect": "Deny")',
  },
  controls: { fsbp: [], nist: ['AC-3', 'AC-6', 'AC-6(10)'] },
  sources: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html',
  ],
  messages: {
    allowNotAction:
      'Statement {statement} of policy {policy} uses "Effect": "Allow" with NotAction on {resource}, allowing every action not listed.',
  },
  evaluate(ctx) {
    const docs = identityPolicyDocuments(ctx);
    if (docs.length === 0) return notApplicable('the resource embeds no inline Policies');
    const offence = findAllowOffence(docs, (s) => (s.at('NotAction').isSet() ? resourceMatching(ctx, s, isEveryResource) : undefined));
    if (offence) return unconfigured('allowNotAction', { policy: offence.policy, statement: offence.statement, resource: offence.detail });
    return configured('no Allow statement uses NotAction on "*"');
  },
});
