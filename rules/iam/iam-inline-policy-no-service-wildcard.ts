import { defineDuty } from '../../lib/model/duty';
import { serviceWildcards } from '../../lib/model/policy';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { actionsOf, findAllowOffence, identityPolicyDocuments, INLINE_POLICY_TYPES } from './helpers';

export default defineDuty({
  id: 'iam-inline-policy-no-service-wildcard',
  title: 'IAM inline policy does not allow every action of a service ("service:*")',
  category: 'identity-and-access',
  resourceTypes: INLINE_POLICY_TYPES,
  awsSide:
    'IAM grants exactly the actions an inline policy allows; an action of the form "service:*" includes every current and future action of that service.',
  customerSide:
    'Scoping actions is the customer\'s: "service:*" in an inline policy gives its user, group or role every action of the service, including ones that change permissions or delete data, so list the actions needed.',
  severity: 'warning',
  remediation: {
    l2: "use the construct's grant methods (bucket.grantRead(role), table.grantReadWriteData(role)) or role.addToPolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn] }))",
    l1: 'PolicyDocument (or Policies[].PolicyDocument) statements whose Action lists named actions (or prefixes like "ec2:Describe*") instead of "service:*"',
  },
  controls: {
    fsbp: [],
    nist: ['AC-2', 'AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6', 'AC-6(10)', 'AC-6(2)', 'AC-6(3)'],
  },
  sources: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-21',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html',
  ],
  messages: {
    serviceWildcard: 'Statement {statement} of inline policy {policy} allows Action "{action}", every action of the service.',
    allActions:
      'Statement {statement} of inline policy {policy} allows Action "*", every action of every service, on the resources it names.',
  },
  evaluate(ctx) {
    const docs = identityPolicyDocuments(ctx);
    if (docs.length === 0) return notApplicable('the resource embeds no inline Policies');
    const offence = findAllowOffence(docs, (s) => serviceWildcards(actionsOf(s))[0]);
    if (offence)
      return offence.detail === '*'
        ? unconfigured('allActions', { policy: offence.policy, statement: offence.statement })
        : unconfigured('serviceWildcard', { policy: offence.policy, statement: offence.statement, action: offence.detail });
    return configured('no Allow statement uses a "service:*" action');
  },
});
