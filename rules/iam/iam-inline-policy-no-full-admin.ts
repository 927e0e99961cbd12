import { defineDuty } from '../../lib/model/duty';
import { grantsAllActions } from '../../lib/model/policy';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { actionsOf, findAllowOffence, identityPolicyDocuments, INLINE_POLICY_TYPES, isEveryResource, resourceMatching } from './helpers';

export default defineDuty({
  id: 'iam-inline-policy-no-full-admin',
  title: 'IAM inline policy does not allow "*" actions on "*" resources',
  category: 'identity-and-access',
  resourceTypes: INLINE_POLICY_TYPES,
  awsSide:
    'IAM evaluates every request against the inline policies embedded in the calling user, group or role; it grants exactly what they allow and never narrows an Allow of "Action": "*" on "Resource": "*".',
  customerSide:
    "Least privilege is the customer's: an inline policy that allows every action on every resource makes its user, group or role a full administrator of the account.",
  severity: 'error',
  remediation: {
    l2: "role.addToPolicy(new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], resources: [table.tableArn] })) (or table.grantReadData(role)) instead of actions: ['*'] on resources: ['*']",
    l1: 'PolicyDocument (AWS::IAM::Policy, AWS::IAM::RolePolicy, ...) or Policies[].PolicyDocument statements that list the actions and resource ARNs needed instead of "Action": "*" with "Resource": "*"',
  },
  controls: {
    fsbp: [],
    nist: ['AC-2', 'AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6', 'AC-6(10)', 'AC-6(2)', 'AC-6(3)'],
  },
  sources: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-1',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html',
  ],
  messages: {
    fullAdmin:
      'Statement {statement} of inline policy {policy} allows Action "{action}" on {resource}, which is full administrative access.',
  },
  evaluate(ctx) {
    const docs = identityPolicyDocuments(ctx);
    if (docs.length === 0) return notApplicable('the resource embeds no inline Policies');
    const offence = findAllowOffence(docs, (s) => {
      if (!grantsAllActions(actionsOf(s))) return undefined;
      return resourceMatching(ctx, s, isEveryResource);
    });
    if (offence)
      return unconfigured('fullAdmin', { policy: offence.policy, statement: offence.statement, action: '*', resource: offence.detail });
    return configured('no Allow statement grants "*" on "*"');
  },
});
