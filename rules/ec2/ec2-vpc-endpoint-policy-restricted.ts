import { defineDuty } from '../../lib/model/duty';
import { effect, hasConfiningCondition, hasPublicPrincipal, serviceWildcards, statements, stringList } from '../../lib/model/policy';
import { pseudoText, type Value } from '../../lib/model/value';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { isEveryResource } from '../iam/helpers';

/** Endpoint types that take an endpoint policy (CloudFormation: "supported only for gateway and interface endpoints"). */
const POLICY_TYPES = new Set(['Gateway', 'Interface']);

/**
 * Condition keys that confine what an endpoint can reach to the resources of known accounts or an
 * organization: the data-perimeter form of an endpoint policy, which keeps `Principal: "*"`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-resourceaccount
 */
const RESOURCE_KEYS = new Set(['aws:resourceaccount', 'aws:resourceorgid', 'aws:resourceorgpaths', 's3:resourceaccount']);

export default defineDuty({
  id: 'ec2-vpc-endpoint-policy-restricted',
  title: 'VPC endpoint has a policy narrower than full access',
  category: 'identity-and-access',
  resourceTypes: ['AWS::EC2::VPCEndpoint'],
  awsSide:
    "An interface or gateway endpoint without a PolicyDocument gets the default endpoint policy, which allows every principal every action on every resource of the service through the endpoint; the callers' IAM policies and the resources' own policies still apply.",
  customerSide:
    "Narrowing what the endpoint reaches is the customer's: an endpoint policy limited to the organization's principals and resources (aws:PrincipalOrgID, aws:ResourceOrgID) keeps credentials used inside the VPC from moving data to another account's bucket or table through it. Info: no Security Hub control or cdk-nag rule requires it, and IAM still decides every request.",
  severity: 'info',
  remediation: {
    l2: "endpoint.addToPolicy(new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['s3:GetObject', 's3:PutObject'], resources: ['*'], conditions: { StringEquals: { 'aws:ResourceOrgID': '<o-id>' } } }))",
    l1: 'PolicyDocument on the AWS::EC2::VPCEndpoint, with statements that name the actions needed and confine principals or resources (aws:PrincipalOrgID, aws:ResourceAccount, aws:ResourceOrgID, or the resource ARNs)',
  },
  controls: { fsbp: [], nist: ['AC-3', 'AC-4', 'SC-7'] },
  sources: [
    'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-vpcendpoint.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-resourceaccount',
  ],
  messages: {
    noPolicy:
      'The endpoint for {service} sets no PolicyDocument, so AWS attaches the default policy: every principal, every action, every resource of the service through this endpoint.',
    fullAccess:
      'Statement {statement} of the endpoint policy for {service} allows {actions} to every principal on every resource with no condition on the principal or resource account, which is the default full-access policy.',
  },
  evaluate(ctx) {
    const type = ctx.props.at('VpcEndpointType').str() ?? 'Gateway';
    if (!POLICY_TYPES.has(type)) return notApplicable(`a ${type} endpoint takes no endpoint policy`);
    const name = ctx.props.at('ServiceName');
    // Services of other providers (com.amazonaws.vpce.<region>.vpce-svc-...) get full access; the provider's service decides.
    if (typeof name.raw === 'string' && name.raw.startsWith('com.amazonaws.vpce.'))
      return notApplicable('an endpoint to a PrivateLink service of another provider takes no endpoint policy; that service decides');
    const service = serviceLabel(name);
    const document = ctx.props.at('PolicyDocument');
    if (!document.isSet()) return unconfigured('noPolicy', { service });
    const all = statements(document);
    for (const [i, s] of all.entries()) {
      if (effect(s) !== 'Allow' || !hasPublicPrincipal(s)) continue;
      const actions = stringList(s.at('Action'));
      const broad = actions === undefined ? s.at('NotAction').isSet() : serviceWildcards(actions).length > 0;
      if (!broad) continue;
      const resources = s.at('NotResource').isSet() ? ['*'] : (stringList(s.at('Resource')) ?? []);
      if (!resources.some(isEveryResource)) continue;
      if (hasConfiningCondition(s) || confinesResources(s)) continue;
      return unconfigured('fullAccess', { statement: `#${i + 1}`, service, actions: (actions ?? ['(NotAction)']).join(', ') });
    }
    return configured('the endpoint policy narrows the principals, actions or resources reached through it');
  },
});

/** The service an endpoint is for, for messages: its literal name, with a pseudo-parameter Region kept as written. */
function serviceLabel(name: Value): string {
  if (typeof name.raw === 'string') return name.raw;
  return pseudoText(name.raw) ?? 'the service';
}

/** Whether a positive string condition on the resource's account or organization confines the statement. */
function confinesResources(statement: Value): boolean {
  const condition = statement.at('Condition');
  for (const op of condition.keys() ?? []) {
    const o = op.toLowerCase();
    if (o.includes(':') || o.endsWith('ifexists') || !(o === 'stringequals' || o === 'stringlike')) continue;
    for (const key of condition.at(op).keys() ?? []) {
      if (!RESOURCE_KEYS.has(key.toLowerCase())) continue;
      const values = stringList(condition.at(op).child(key)) ?? [];
      if (values.length > 0 && !values.some((v) => /^[*?]*$/.test(v))) return true;
    }
  }
  return false;
}
