import { defineDuty } from '../../lib/model/duty';
import { grantsAllActions } from '../../lib/model/policy';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import {
  actionsOf,
  findAllowOffence,
  identityPolicyDocuments,
  isEveryResource,
  isOnlyPermissionsBoundary,
  resourceMatching,
} from './helpers';

export default defineDuty({
  id: 'iam-managed-policy-no-full-admin',
  title: 'IAM customer managed policy does not allow "*" actions on "*" resources',
  category: 'identity-and-access',
  resourceTypes: ['AWS::IAM::ManagedPolicy'],
  awsSide:
    'IAM evaluates every request against the policies attached to the caller; it grants exactly what the customer managed policy allows and never narrows an Allow of "Action": "*" on "Resource": "*".',
  customerSide:
    "Least privilege is the customer's: a customer managed policy that allows every action on every resource gives whoever it is attached to full administrative access to the account.",
  severity: 'error',
  remediation: {
    l2: "new iam.ManagedPolicy(this, id, { statements: [new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')] })] })",
    l1: 'PolicyDocument statements that list the actions and resource ARNs needed instead of "Action": "*" with "Resource": "*"',
  },
  controls: {
    fsbp: ['IAM.1'],
    nist: ['AC-2', 'AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6', 'AC-6(10)', 'AC-6(2)', 'AC-6(3)'],
  },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-1',
    'https://docs.aws.amazon.com/config/latest/developerguide/iam-policy-no-statements-with-admin-access.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-managedpolicy.html',
  ],
  messages: {
    fullAdmin:
      'Statement {statement} of managed policy {policy} allows Action "{action}" on {resource}, which is full administrative access.',
  },
  evaluate(ctx) {
    if (isOnlyPermissionsBoundary(ctx)) {
      return notApplicable('the policy is used only as a permissions boundary, which Security Hub excludes from IAM.1');
    }
    const offence = findAllowOffence(identityPolicyDocuments(ctx), (s) => {
      if (!grantsAllActions(actionsOf(s))) return undefined;
      return resourceMatching(ctx, s, isEveryResource);
    });
    if (offence)
      return unconfigured('fullAdmin', { policy: offence.policy, statement: offence.statement, action: '*', resource: offence.detail });
    return configured('no Allow statement grants "*" on "*"');
  },
});
