import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import {
  actionGranting,
  actionsOf,
  findAllowOffence,
  globMatches,
  IDENTITY_POLICY_TYPES,
  identityPolicyDocuments,
  isEveryResource,
  isOnlyPermissionsBoundary,
  resourceMatching,
} from './helpers';

/**
 * Permissions-management and credential actions that let a principal give itself (or another
 * identity it controls) more permissions or another identity's credentials when allowed on every
 * resource. iam:PassRole has its own duty (iam-policy-no-passrole-all-roles).
 */
const ESCALATING_ACTIONS = [
  'iam:CreatePolicyVersion',
  'iam:SetDefaultPolicyVersion',
  'iam:AttachUserPolicy',
  'iam:AttachGroupPolicy',
  'iam:AttachRolePolicy',
  'iam:PutUserPolicy',
  'iam:PutGroupPolicy',
  'iam:PutRolePolicy',
  'iam:AddUserToGroup',
  'iam:UpdateAssumeRolePolicy',
  'iam:CreateAccessKey',
  'iam:CreateLoginProfile',
  'iam:UpdateLoginProfile',
  'sts:AssumeRole',
];

export default defineDuty({
  id: 'iam-policy-no-privilege-escalation',
  title: 'IAM policy does not allow permissions-management or credential actions on every resource',
  category: 'identity-and-access',
  resourceTypes: IDENTITY_POLICY_TYPES,
  awsSide:
    'IAM allows exactly what the policy grants: iam:CreatePolicyVersion, iam:Attach*Policy, iam:Put*Policy, iam:UpdateAssumeRolePolicy, iam:CreateAccessKey, iam:CreateLoginProfile / UpdateLoginProfile and sts:AssumeRole on "*" apply to every user, role and policy of the account.',
  customerSide:
    'Least privilege is the customer\'s: with any of these actions on "*" a principal can rewrite its own permissions, attach AdministratorAccess, create credentials for another user or assume any role that trusts the account, which makes it an administrator in all but name.',
  severity: 'error',
  remediation: {
    l2: "new iam.PolicyStatement({ actions: ['iam:CreateAccessKey'], resources: [user.userArn] }) (or role.grantAssumeRole(principal)) naming the users, roles and policies needed instead of resources: ['*']",
    l1: 'Allow statements with these actions list the user, role or policy ARNs needed in Resource instead of "*"',
  },
  controls: { fsbp: [], nist: ['AC-2', 'AC-3', 'AC-5', 'AC-6', 'AC-6(2)', 'AC-6(10)'] },
  sources: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
    'https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_permissions-required.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html',
  ],
  messages: {
    escalation:
      'Statement {statement} of policy {policy} allows "{action}" (which grants {granted}) on {resource}, so the principal can raise its own permissions or take another identity\'s.',
  },
  evaluate(ctx) {
    if (ctx.resource.type === 'AWS::IAM::ManagedPolicy' && isOnlyPermissionsBoundary(ctx))
      return notApplicable('the policy is used only as a permissions boundary, which grants nothing by itself');
    const docs = identityPolicyDocuments(ctx);
    if (docs.length === 0) return notApplicable('the resource embeds no inline Policies');
    let action = '';
    const offence = findAllowOffence(docs, (s) => {
      // Action "*" is full administrator access, reported by the full-admin duties.
      if (actionsOf(s).includes('*')) return undefined;
      const granted = actionGranting(s, ESCALATING_ACTIONS);
      if (granted === undefined) return undefined;
      action = granted;
      return resourceMatching(ctx, s, isEveryResource);
    });
    if (!offence) return configured('no Allow statement grants a permissions-management or credential action on every resource');
    return unconfigured('escalation', {
      policy: offence.policy,
      statement: offence.statement,
      action,
      granted: ESCALATING_ACTIONS.filter((a) => globMatches(action, a)).join(', '),
      resource: offence.detail,
    });
  },
});
