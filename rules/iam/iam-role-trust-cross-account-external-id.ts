import { defineDuty } from '../../lib/model/duty';
import { conditionConfines, effect, isOwnAccount, principalAccount, statements } from '../../lib/model/policy';
import type { Value } from '../../lib/model/value';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';

export default defineDuty({
  id: 'iam-role-trust-cross-account-external-id',
  title: "IAM role trusted by another account's root requires sts:ExternalId or an organization",
  category: 'identity-and-access',
  resourceTypes: ['AWS::IAM::Role'],
  awsSide:
    "AWS STS lets any principal of a trusted account that its own administrators allow assume the role; the external ID is the value a third party passes in AssumeRole so that it cannot be tricked into using one customer's role for another (the confused deputy).",
  customerSide:
    "Deciding whom the role trusts is the customer's: a trust policy naming another account as a whole (its root) should require sts:ExternalId (for a third party) or confine it with aws:PrincipalOrgID / aws:PrincipalOrgPaths (for the organization's own accounts).",
  severity: 'warning',
  remediation: {
    l2: "new iam.Role(this, id, { assumedBy: new iam.AccountPrincipal('222222222222'), externalIds: ['...'] }) or new iam.OrganizationPrincipal('o-...')",
    l1: 'AssumeRolePolicyDocument statements for another account add Condition {"StringEquals": {"sts:ExternalId": "..."}} or {"StringEquals": {"aws:PrincipalOrgID": "o-..."}}',
  },
  controls: { fsbp: [], nist: ['AC-3', 'AC-4', 'AC-6', 'AC-21'] },
  sources: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalorgid',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-role.html',
  ],
  messages: {
    noExternalId:
      'Statement #{index} of the trust policy lets account {account} (all of its principals) assume the role with neither sts:ExternalId nor an organization condition.',
  },
  evaluate(ctx) {
    const all = statements(ctx.props.at('AssumeRolePolicyDocument'));
    let undecided: string | undefined;
    for (let i = 0; i < all.length; i++) {
      const s = all[i];
      if (effect(s) !== 'Allow' || guarded(s)) continue;
      const aws = s.at('Principal').at('AWS');
      if (aws.raw === undefined) continue;
      for (const entry of aws.intrinsic ? [aws] : (aws.list() ?? [])) {
        if (entry.intrinsic && ctx.target(entry)) continue; // a role or user of this template
        if (isOwnAccount(entry)) continue;
        const text = entry.str() ?? '';
        const account = principalAccount(text);
        const root = /^\d{12}$/.test(text) || /:root$/.test(text);
        if (account === undefined || account === '*' || !root || account === ctx.resource.stackAccount) continue;
        if (ctx.resource.stackAccount === undefined) {
          undecided ??= `statement #${i + 1} trusts account ${account} without sts:ExternalId; the stack names no account, so whether it is another account cannot be told at synth`;
          continue;
        }
        return unconfigured('noExternalId', { index: i + 1, account });
      }
    }
    if (undecided) return unknown(undecided);
    return configured('no statement trusts another account as a whole without sts:ExternalId or an organization condition');
  },
});

/** Whether the statement requires an external ID or confines the caller to an organization. */
function guarded(statement: Value): boolean {
  const condition = statement.at('Condition');
  for (const op of condition.keys() ?? []) {
    for (const key of condition.at(op).keys() ?? []) {
      const k = key.toLowerCase();
      if (k === 'sts:externalid' && /^string(equals|like)$/i.test(op)) return true;
      if ((k === 'aws:principalorgid' || k === 'aws:principalorgpaths') && conditionConfines(op, key, condition.at(op).child(key)))
        return true;
    }
  }
  return false;
}
