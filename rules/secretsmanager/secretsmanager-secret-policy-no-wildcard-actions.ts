import { defineDuty } from '../../lib/model/duty';
import { firstWildcardGrant, policyScope } from '../../lib/model/evidence/resource-policies';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { RESOURCE_POLICY, SECRET, SECRET_POLICIES } from './helpers';

export default defineDuty({
  id: 'secretsmanager-secret-policy-no-wildcard-actions',
  title: 'Secrets Manager secret policy does not grant every Secrets Manager action to another principal',
  category: 'identity-and-access',
  resourceTypes: [SECRET, RESOURCE_POLICY],
  awsSide:
    'Secrets Manager allows the principals a secret\'s resource policy names exactly the actions it lists; "secretsmanager:*" includes PutSecretValue, DeleteSecret, PutResourcePolicy and GetSecretValue.',
  customerSide:
    'Least privilege in the secret\'s resource policy is the customer\'s: granting "secretsmanager:*" (or "*") to another account, a role or a service lets it replace or delete the secret and rewrite the policy, where it needs only to read the value. Granting the owning account as a whole is not reported: its IAM policies still decide per action.',
  severity: 'warning',
  remediation: {
    l2: 'secret.grantRead(principal), or secret.addToResourcePolicy with the actions needed (secretsmanager:GetSecretValue)',
    l1: 'AWS::SecretsManager::ResourcePolicy Allow statements that list the actions needed instead of "secretsmanager:*" or "*"',
  },
  controls: { fsbp: [], nist: ['AC-3', 'AC-6'] },
  sources: [
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_resource-policies.html',
    'https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecretsmanager.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-secretsmanager-resourcepolicy.html',
  ],
  messages: {
    wildcard:
      'Statement {statement} of resource policy {policy} allows {actions} to {principal}, every Secrets Manager action including PutSecretValue, DeleteSecret and PutResourcePolicy.',
  },
  evaluate(ctx) {
    const scope = policyScope(ctx, SECRET_POLICIES);
    if (scope.kind === 'on-targets')
      return notApplicable(`evaluated on the secret ${scope.targets.map((x) => x.logicalId).join(', ')} the policy applies to`);
    const found = firstWildcardGrant(ctx, scope.policies, 'secretsmanager', 'ResourcePolicy');
    if (found) return unconfigured('wildcard', found);
    scope.settle((p) => firstWildcardGrant(ctx, [p], 'secretsmanager', 'ResourcePolicy') !== undefined);
    if (scope.policies.length === 0) return configured('the secret has no resource policy');
    return configured('no resource policy statement grants every Secrets Manager action to another principal');
  },
});
