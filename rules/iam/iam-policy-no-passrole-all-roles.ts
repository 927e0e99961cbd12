import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import {
  actionGranting,
  findAllowOffence,
  IDENTITY_POLICY_TYPES,
  identityPolicyDocuments,
  isEveryResource,
  resourceMatching,
} from './helpers';

export default defineDuty({
  id: 'iam-policy-no-passrole-all-roles',
  title: 'IAM policy does not allow iam:PassRole on every role',
  category: 'identity-and-access',
  resourceTypes: IDENTITY_POLICY_TYPES,
  awsSide:
    "AWS services check iam:PassRole when a principal hands a role to a service (an EC2 instance profile, a Lambda function, a CloudFormation stack); IAM allows it on whatever roles the caller's policies name.",
  customerSide:
    'Limiting which roles can be passed is the customer\'s: iam:PassRole on "*" lets the principal give any role in the account, including administrator roles, to a service it controls, which escalates its own privileges.',
  severity: 'warning',
  remediation: {
    l2: "role.grantPassRole(principal) on the one role needed, or new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: [role.roleArn] })",
    l1: 'an Allow statement with "Action": "iam:PassRole" and "Resource" set to the role ARNs needed (optionally with an iam:PassedToService condition) instead of "*"',
  },
  controls: { fsbp: [], nist: ['AC-3', 'AC-6', 'AC-6(10)'] },
  sources: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html',
  ],
  messages: {
    passAnyRole:
      'Statement {statement} of policy {policy} allows "{action}", which includes iam:PassRole, on {resource}, so any role in the account can be passed.',
  },
  evaluate(ctx) {
    const docs = identityPolicyDocuments(ctx);
    if (docs.length === 0) return notApplicable('the resource embeds no inline Policies');
    let action = '';
    const offence = findAllowOffence(docs, (s) => {
      const granted = actionGranting(s, ['iam:PassRole']);
      if (granted === undefined) return undefined;
      action = granted;
      return resourceMatching(ctx, s, isEveryResource);
    });
    if (offence)
      return unconfigured('passAnyRole', { policy: offence.policy, statement: offence.statement, action, resource: offence.detail });
    return configured('no Allow statement grants iam:PassRole on "*"');
  },
});
