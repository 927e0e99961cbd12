import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CFN_DOMAIN, CFN_ES_DOMAIN, DOMAIN_TYPES, OPENSEARCH_CONTROLS } from './helpers';

export default defineDuty({
  id: 'opensearch-domain-fine-grained-access-control',
  title: 'OpenSearch domain has fine-grained access control enabled',
  category: 'identity-and-access',
  resourceTypes: DOMAIN_TYPES,
  awsSide:
    "OpenSearch Service enforces index-, document- and field-level permissions and the OpenSearch security plugin's users and roles only when fine-grained access control (AdvancedSecurityOptions) is enabled; it is off by default.",
  customerSide:
    "Who may read or change which data inside the domain is the customer's: without fine-grained access control every principal the access policy admits has full access to all indexes.",
  severity: 'warning',
  remediation: {
    l2: 'new opensearch.Domain(this, id, { version, fineGrainedAccessControl: { masterUserArn: role.roleArn } }) (requires encryption at rest, node-to-node encryption and HTTPS)',
    l1: 'AdvancedSecurityOptions: { Enabled: true, MasterUserOptions: ... }',
  },
  controls: { fsbp: ['Opensearch.7'], nist: ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6'] },
  sources: [
    CFN_ES_DOMAIN,
    `${OPENSEARCH_CONTROLS}#opensearch-7`,
    `${CFN_DOMAIN}#cfn-opensearchservice-domain-advancedsecurityoptions`,
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html',
  ],
  messages: {
    off: 'AdvancedSecurityOptions.Enabled is {value}, so fine-grained access control is off.',
  },
  evaluate(ctx) {
    const enabled = ctx.props.at('AdvancedSecurityOptions.Enabled').bool();
    if (enabled === true) return configured('AdvancedSecurityOptions.Enabled is true');
    return unconfigured('off', { value: enabled === false ? 'false' : 'not set' });
  },
});
