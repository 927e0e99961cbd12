import { defineDuty } from '../../lib/model/duty';
import { serviceWildcards } from '../../lib/model/policy';
import { configured, unconfigured } from '../../lib/model/verdict';
import { actionsOf, findAllowOffence, identityPolicyDocuments } from './helpers';

export default defineDuty({
  id: 'iam-managed-policy-no-service-wildcard',
  title: 'IAM customer managed policy does not allow every action of a service ("service:*")',
  category: 'identity-and-access',
  resourceTypes: ['AWS::IAM::ManagedPolicy'],
  awsSide:
    'IAM grants exactly the actions a customer managed policy allows; an action of the form "service:*" includes every current and future action of that service.',
  customerSide:
    'Scoping actions is the customer\'s: "service:*" grants every action of the service, including ones that change permissions or delete data, so list the actions needed (a prefix such as "ec2:Describe*" is fine).',
  severity: 'warning',
  remediation: {
    l2: "new iam.ManagedPolicy(this, id, { statements: [new iam.PolicyStatement({ actions: ['s3:GetObject', 's3:PutObject'], resources: [...] })] })",
    l1: 'PolicyDocument statements whose Action lists named actions (or prefixes like "ec2:Describe*") instead of "service:*"',
  },
  controls: {
    fsbp: ['IAM.21'],
    nist: ['AC-2', 'AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6', 'AC-6(10)', 'AC-6(2)', 'AC-6(3)'],
  },
  sources: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-21',
    'https://docs.aws.amazon.com/config/latest/developerguide/iam-policy-no-statements-with-full-access.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-managedpolicy.html',
  ],
  messages: {
    serviceWildcard: 'Statement {statement} of managed policy {policy} allows Action "{action}", every action of the service.',
    allActions:
      'Statement {statement} of managed policy {policy} allows Action "*", every action of every service, on the resources it names.',
  },
  evaluate(ctx) {
    const offence = findAllowOffence(identityPolicyDocuments(ctx), (s) => serviceWildcards(actionsOf(s))[0]);
    if (offence)
      return offence.detail === '*'
        ? unconfigured('allActions', { policy: offence.policy, statement: offence.statement })
        : unconfigured('serviceWildcard', { policy: offence.policy, statement: offence.statement, action: offence.detail });
    return configured('no Allow statement uses a "service:*" action');
  },
});
