import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_DOMAIN, CFN_ES_DOMAIN, DOMAIN_TYPES, ES_CONTROLS, OPENSEARCH_CONTROLS } from './helpers';

export default defineDuty({
  id: 'opensearch-domain-in-vpc',
  title: 'OpenSearch domain is deployed in a VPC',
  category: 'infrastructure-security',
  resourceTypes: DOMAIN_TYPES,
  awsSide:
    'Without VPCOptions, OpenSearch Service gives the domain a public endpoint reachable from the internet and protected only by its access policy; a domain in a VPC gets private endpoints guarded by security groups. The choice cannot be changed after creation.',
  customerSide:
    "Network exposure of the search cluster is the customer's: placing the domain in private subnets keeps its endpoint off the internet.",
  severity: 'error',
  remediation: {
    l2: 'new opensearch.Domain(this, id, { version, vpc, vpcSubnets: [{ subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] })',
    l1: 'VPCOptions: { SubnetIds, SecurityGroupIds }',
  },
  controls: { fsbp: ['Opensearch.2', 'ES.2'], nist: [...NIST.notPublic] },
  sources: [
    CFN_ES_DOMAIN,
    `${ES_CONTROLS}#es-2`,
    `${OPENSEARCH_CONTROLS}#opensearch-2`,
    `${CFN_DOMAIN}#cfn-opensearchservice-domain-vpcoptions`,
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html',
  ],
  messages: {
    public: 'VPCOptions is not set, so the domain has a public endpoint.',
  },
  evaluate(ctx) {
    const subnets = ctx.props.at('VPCOptions.SubnetIds').list() ?? [];
    if (subnets.length > 0) return configured(`VPCOptions places the domain in ${subnets.length} subnet(s)`);
    return unconfigured('public');
  },
});
