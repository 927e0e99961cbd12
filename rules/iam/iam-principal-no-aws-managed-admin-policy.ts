import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';

/** AWS managed policies that grant administrator or near-administrator access, by name. */
const ADMIN_POLICIES = new Set(['AdministratorAccess', 'PowerUserAccess', 'IAMFullAccess']);

export default defineDuty({
  id: 'iam-principal-no-aws-managed-admin-policy',
  title: 'IAM role, user or group does not attach AdministratorAccess, PowerUserAccess or IAMFullAccess',
  category: 'identity-and-access',
  resourceTypes: ['AWS::IAM::Group', 'AWS::IAM::Role', 'AWS::IAM::User'],
  awsSide:
    'AWS writes and updates its managed policies: AdministratorAccess allows every action on every resource, PowerUserAccess every action except IAM, Organizations and account management, and IAMFullAccess every IAM action (enough to grant itself anything else).',
  customerSide:
    "Attaching a policy is the customer's choice: AWS documents that its managed policies do not grant least privilege, and these three make the role, user or group an administrator of the account, or able to become one.",
  severity: 'error',
  remediation: {
    l2: "role.addToPolicy(new iam.PolicyStatement({ actions: [...the actions needed], resources: [...] })) or resource.grant*(role), instead of iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess')",
    l1: 'ManagedPolicyArns without arn:aws:iam::aws:policy/AdministratorAccess, .../PowerUserAccess or .../IAMFullAccess',
  },
  controls: { fsbp: [], nist: ['AC-2', 'AC-3', 'AC-5', 'AC-6', 'AC-6(2)', 'AC-6(10)'] },
  sources: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html',
    'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html',
    'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/PowerUserAccess.html',
    'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/IAMFullAccess.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-role.html#cfn-iam-role-managedpolicyarns',
  ],
  messages: {
    adminPolicy: 'ManagedPolicyArns attaches the AWS managed policy {policy}, which gives {what}.',
  },
  evaluate(ctx) {
    for (const arn of ctx.props.at('ManagedPolicyArns').list() ?? []) {
      // A customer managed policy of this template is judged by the policy duties themselves.
      if (arn.intrinsic && ctx.target(arn)) continue;
      const name = /^arn:[^:]+:iam::aws:policy\/(?:.*\/)?([^/]+)$/.exec((arn.str() ?? '').replace(/\$\{AWS::Partition\}/g, 'aws'))?.[1];
      if (name !== undefined && ADMIN_POLICIES.has(name)) return unconfigured('adminPolicy', { policy: name, what: WHAT[name] });
    }
    return configured('no AWS managed administrator policy is attached');
  },
});

const WHAT: Record<string, string> = {
  AdministratorAccess: 'every action on every resource (full administrator)',
  PowerUserAccess: 'every action except IAM, Organizations and account management',
  IAMFullAccess: 'every IAM action, enough to grant itself any other permission',
};
