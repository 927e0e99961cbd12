import type { EvaluationContext } from '../../lib/model/context';
import { defineDuty } from '../../lib/model/duty';
import { policyScope } from '../../lib/model/evidence/resource-policies';
import { statements } from '../../lib/model/policy';
import type { ResourceRecord } from '../../lib/model/resource';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { allowsEveryone } from '../iam/helpers';
import { RESOURCE_POLICY, SECRET, SECRET_POLICIES } from './helpers';

export default defineDuty({
  id: 'secretsmanager-secret-policy-not-public',
  title: 'Secrets Manager secret resource policy does not allow access to everyone',
  category: 'identity-and-access',
  resourceTypes: [SECRET, RESOURCE_POLICY],
  awsSide:
    "Secrets Manager evaluates the secret's resource policy on every request and, with BlockPublicPolicy true, refuses to attach a policy that allows broad access such as a wildcard principal.",
  customerSide:
    'The resource policy is the customer\'s: allowing Principal "*" without a confining condition lets principals of any AWS account read or change the secret. Whether Secrets Manager blocks such a policy when BlockPublicPolicy is left unset is documented both ways (the CloudFormation reference says it does; the PutResourcePolicy API reference says public policies are not blocked by default), so only an explicit BlockPublicPolicy true counts as blocking it.',
  severity: 'error',
  remediation: {
    l2: 'secret.grantRead(principal) / secret.addToResourcePolicy(...) naming specific principals instead of new iam.AnyPrincipal()',
    l1: 'AWS::SecretsManager::ResourcePolicy statements whose Principal names accounts or roles, and BlockPublicPolicy: true',
  },
  controls: { fsbp: [], nist: ['AC-3', 'AC-4', 'AC-6', 'AC-21'] },
  sources: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-secretsmanager-resourcepolicy.html#cfn-secretsmanager-resourcepolicy-blockpublicpolicy',
    'https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_PutResourcePolicy.html',
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_resource-policies.html',
  ],
  messages: {
    publicPolicy:
      'Resource policy {policy} allows Principal "*" (statement #{index}) with no confining condition and sets BlockPublicPolicy false.',
    publicPolicyUnblocked:
      'Resource policy {policy} allows Principal "*" (statement #{index}) with no confining condition and leaves BlockPublicPolicy unset, which AWS documents both as blocking and as not blocking such a policy.',
  },
  evaluate(ctx) {
    const scope = policyScope(ctx, SECRET_POLICIES);
    if (scope.kind === 'on-targets')
      return notApplicable(`evaluated on the secret ${scope.targets.map((x) => x.logicalId).join(', ')} the policy applies to`);
    const found = judge(ctx, scope.policies);
    if (found?.kind === 'public') return unconfigured(found.unset ? 'publicPolicyUnblocked' : 'publicPolicy', found.data);
    scope.settle((p) => judge(ctx, [p])?.kind === 'public');
    if (scope.policies.length === 0) return configured('the secret has no resource policy');
    if (found) return configured(`resource policy ${found.policy} allows "*", but BlockPublicPolicy true makes Secrets Manager reject it`);
    return configured('every Allow statement of the resource policy names its principals');
  },
});

type Finding =
  | { readonly kind: 'public'; readonly unset: boolean; readonly data: { policy: string; index: number } }
  | { readonly kind: 'blocked'; readonly policy: string };

/** The first statement that allows everyone, unless BlockPublicPolicy is true; else a policy whose "*" BlockPublicPolicy rejects. */
function judge(ctx: EvaluationContext, policies: readonly ResourceRecord[]): Finding | undefined {
  let blocked: Finding | undefined;
  for (const policy of policies) {
    const props = ctx.propsOf(policy);
    const all = statements(props.at('ResourcePolicy'));
    for (let i = 0; i < all.length; i++) {
      if (!allowsEveryone(ctx, all[i])) continue;
      const block = props.at('BlockPublicPolicy').bool();
      if (block !== true) return { kind: 'public', unset: block === undefined, data: { policy: policy.logicalId, index: i + 1 } };
      blocked ??= { kind: 'blocked', policy: policy.logicalId };
    }
  }
  return blocked;
}
