import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import iamAccessKeyNotCreated from './iam-access-key-not-created';
import iamInlinePolicyNoFullAdmin from './iam-inline-policy-no-full-admin';
import iamInlinePolicyNoKmsDecryptAllKeys from './iam-inline-policy-no-kms-decrypt-all-keys';
import iamInlinePolicyNoServiceWildcard from './iam-inline-policy-no-service-wildcard';
import iamManagedPolicyNoFullAdmin from './iam-managed-policy-no-full-admin';
import iamManagedPolicyNoKmsDecryptAllKeys from './iam-managed-policy-no-kms-decrypt-all-keys';
import iamManagedPolicyNoServiceWildcard from './iam-managed-policy-no-service-wildcard';
import iamPolicyNoAllowNotaction from './iam-policy-no-allow-notaction';
import iamPolicyNoPassroleAllRoles from './iam-policy-no-passrole-all-roles';
import iamPolicyNoPrivilegeEscalation from './iam-policy-no-privilege-escalation';
import iamPrincipalNoAwsManagedAdminPolicy from './iam-principal-no-aws-managed-admin-policy';
import iamRoleGithubOidcTrustRestrictsSub from './iam-role-github-oidc-trust-restricts-sub';
import iamRoleTrustCrossAccountExternalId from './iam-role-trust-cross-account-external-id';
import iamRoleTrustNoWildcardAction from './iam-role-trust-no-wildcard-action';
import iamRoleTrustNotPublic from './iam-role-trust-not-public';
import iamUserConsolePasswordResetRequired from './iam-user-console-password-reset-required';
import iamUserNoDirectPolicies from './iam-user-no-direct-policies';

/** IAM duties, sorted by id. */
export const duties: readonly Duty[] = [
  iamAccessKeyNotCreated,
  iamInlinePolicyNoFullAdmin,
  iamInlinePolicyNoKmsDecryptAllKeys,
  iamInlinePolicyNoServiceWildcard,
  iamManagedPolicyNoFullAdmin,
  iamManagedPolicyNoKmsDecryptAllKeys,
  iamManagedPolicyNoServiceWildcard,
  iamPolicyNoAllowNotaction,
  iamPolicyNoPassroleAllRoles,
  iamPolicyNoPrivilegeEscalation,
  iamPrincipalNoAwsManagedAdminPolicy,
  iamRoleGithubOidcTrustRestrictsSub,
  iamRoleTrustCrossAccountExternalId,
  iamRoleTrustNoWildcardAction,
  iamRoleTrustNotPublic,
  iamUserConsolePasswordResetRequired,
  iamUserNoDirectPolicies,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::IAM::AccessKey',
    service: 'AWS Identity and Access Management',
    serviceModel: 'abstracted',
    awsSide:
      "IAM generates the access key pair, returns the secret only once (through the SecretAccessKey attribute) and authenticates requests signed with it; keeping, rotating and retiring the key is the customer's.",
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  },
  {
    type: 'AWS::IAM::Group',
    service: 'AWS Identity and Access Management',
    serviceModel: 'abstracted',
    awsSide:
      "IAM stores the group and evaluates its policies for every member's request; which policies the group carries is the customer's choice.",
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html',
  },
  {
    type: 'AWS::IAM::GroupPolicy',
    service: 'AWS Identity and Access Management',
    serviceModel: 'abstracted',
    awsSide:
      "IAM stores the inline policy in the group and evaluates it for every member's request; what it allows is the customer's choice.",
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html',
  },
  {
    type: 'AWS::IAM::ManagedPolicy',
    service: 'AWS Identity and Access Management',
    serviceModel: 'abstracted',
    awsSide:
      "IAM stores and versions the customer managed policy and evaluates it for every request of the identities it is attached to; what it allows is the customer's choice.",
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html',
  },
  {
    type: 'AWS::IAM::Policy',
    service: 'AWS Identity and Access Management',
    serviceModel: 'abstracted',
    awsSide:
      "IAM embeds the policy inline in the listed users, groups and roles and evaluates it for their requests; what it allows is the customer's choice.",
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html',
  },
  {
    type: 'AWS::IAM::Role',
    service: 'AWS Identity and Access Management',
    serviceModel: 'abstracted',
    awsSide:
      "IAM and AWS STS store the role, enforce its trust policy on every AssumeRole call and issue temporary credentials that expire; who may assume it and what it may do are the customer's choice.",
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html',
  },
  {
    type: 'AWS::IAM::RolePolicy',
    service: 'AWS Identity and Access Management',
    serviceModel: 'abstracted',
    awsSide: "IAM stores the inline policy in the role and evaluates it for the role's sessions; what it allows is the customer's choice.",
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html',
  },
  {
    type: 'AWS::IAM::User',
    service: 'AWS Identity and Access Management',
    serviceModel: 'abstracted',
    awsSide:
      "IAM stores the user, its credentials and policies and authenticates its requests; the user's credentials, MFA and permissions are the customer's.",
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users.html',
  },
  {
    type: 'AWS::IAM::UserPolicy',
    service: 'AWS Identity and Access Management',
    serviceModel: 'abstracted',
    awsSide: "IAM stores the inline policy in the user and evaluates it for the user's requests; what it allows is the customer's choice.",
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html',
  },
];
