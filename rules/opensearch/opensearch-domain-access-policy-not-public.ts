import { defineDuty } from '../../lib/model/duty';
import { isPublicAllow, statements } from '../../lib/model/policy';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_DOMAIN, CFN_ES_DOMAIN, DOMAIN_TYPES, ES_DOMAIN } from './helpers';

export default defineDuty({
  id: 'opensearch-domain-access-policy-not-public',
  title: 'OpenSearch domain with a public endpoint does not allow anonymous access',
  category: 'identity-and-access',
  resourceTypes: DOMAIN_TYPES,
  awsSide:
    'OpenSearch Service evaluates the domain\'s resource-based access policy on every request to its endpoint; for a domain outside a VPC, a statement that allows Principal "*" without a condition lets anyone on the internet send requests.',
  customerSide:
    "Who may call the domain endpoint is the customer's: a public domain's access policy must name principals or confine requests (for example by aws:SourceIp), or the data is open to the internet.",
  severity: 'error',
  remediation: {
    l2: "new opensearch.Domain(this, id, { version, accessPolicies: [new iam.PolicyStatement({ principals: [role], actions: ['es:ESHttp*'], resources: ['*'] })] })",
    l1: 'AccessPolicies: statements whose Principal names accounts or roles, or with a Condition on aws:SourceIp / aws:SourceVpce',
  },
  controls: { fsbp: [], nist: [...NIST.notPublic] },
  sources: [
    CFN_ES_DOMAIN,
    `${CFN_DOMAIN}#cfn-opensearchservice-domain-accesspolicies`,
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html',
  ],
  messages: {
    public:
      'AccessPolicies statement {index} allows Principal "*" without a condition that confines it, and the domain has a public endpoint.',
  },
  evaluate(ctx) {
    if ((ctx.props.at('VPCOptions.SubnetIds').list() ?? []).length > 0)
      return configured('the domain is in a VPC, so its endpoint is not reachable from the internet');
    const docs = statements(ctx.props.at('AccessPolicies'));
    const index = docs.findIndex((s) => isPublicAllow(s));
    if (index >= 0) return unconfigured('public', { index });
    // The L2 domains apply accessPolicies through a custom resource of their own type.
    const applied = ctx.referrers(ctx.resource.type === ES_DOMAIN ? 'Custom::ElasticsearchAccessPolicy' : 'Custom::OpenSearchAccessPolicy');
    if (applied.length > 0)
      return unknown(
        `the access policy is applied at deploy time by the custom resource ${applied[0].logicalId}, whose policy is not evaluated`,
      );
    return configured(
      docs.length > 0
        ? 'no statement of AccessPolicies allows anonymous access'
        : 'the domain has no access policy, so only IAM identity policies grant access',
    );
  },
});
