import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import {
  actionGranting,
  actionsOf,
  codeRunningService,
  coversEveryRole,
  findAllowOffence,
  IDENTITY_POLICY_TYPES,
  identityPolicyDocuments,
  passedToServices,
  resourceMatching,
} from './helpers';

export default defineDuty({
  id: 'iam-policy-no-passrole-all-roles',
  title: 'IAM policy does not allow passing every role to a service that runs code',
  category: 'identity-and-access',
  resourceTypes: IDENTITY_POLICY_TYPES,
  awsSide:
    "AWS services check iam:PassRole when a principal hands a role to a service (an EC2 instance profile, a Lambda function, a CloudFormation stack); IAM allows it on whatever roles the caller's policies name, for the services its iam:PassedToService condition names (every service when there is none).",
  customerSide:
    'Limiting which roles can be passed, and to which services, is the customer\'s: iam:PassRole on every role ("*", arn:aws:iam::<account>:role/*) to a service that runs code the principal chooses (Lambda, EC2, ECS tasks, Glue, CodeBuild, SageMaker, CloudFormation, Step Functions, ...) lets it run that code as any role of the account, administrator roles included, which escalates its own privileges.',
  severity: 'error',
  remediation: {
    l2: "role.grantPassRole(principal) on the one role needed, or new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: [role.roleArn] })",
    l1: 'an Allow statement with "Action": "iam:PassRole" and "Resource" set to the role ARNs needed instead of "*" or role/*, or a StringEquals iam:PassedToService condition naming only services that run no code of yours',
  },
  controls: { fsbp: [], nist: ['AC-3', 'AC-6', 'AC-6(10)'] },
  sources: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_PassedToService',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html',
  ],
  messages: {
    passAnyRole:
      'Statement {statement} of policy {policy} allows "{action}", which includes iam:PassRole, on {resource} {to}, so any role in the account can be given to code the principal runs.',
  },
  evaluate(ctx) {
    const docs = identityPolicyDocuments(ctx);
    if (docs.length === 0) return notApplicable('the resource embeds no inline Policies');
    let action = '';
    let to = '';
    const offence = findAllowOffence(docs, (s) => {
      // Action "*" is full administrator access, reported by the full-admin duties.
      if (actionsOf(s).includes('*')) return undefined;
      const granted = actionGranting(s, ['iam:PassRole']);
      if (granted === undefined) return undefined;
      const services = passedToServices(s);
      const service = services === undefined ? undefined : codeRunningService(services);
      if (services !== undefined && service === undefined) return undefined;
      const resource = resourceMatching(ctx, s, coversEveryRole);
      if (resource === undefined) return undefined;
      action = granted;
      to = service === undefined ? 'with no iam:PassedToService condition (to any service)' : `to ${service}, which runs code`;
      return resource;
    });
    if (offence)
      return unconfigured('passAnyRole', { policy: offence.policy, statement: offence.statement, action, resource: offence.detail, to });
    return configured('no Allow statement lets every role be passed to a service that runs code');
  },
});
