import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_ES_DOMAIN, clusterConfigKey, DOMAIN_TYPES, ES_CONTROLS, OPENSEARCH_CONTROLS } from './helpers';

export default defineDuty({
  id: 'opensearch-domain-data-node-fault-tolerance',
  title: 'OpenSearch domain has at least three data nodes across Availability Zones',
  category: 'resilience',
  resourceTypes: DOMAIN_TYPES,
  awsSide:
    'OpenSearch Service replaces failed nodes and, with zone awareness, spreads nodes and replica shards across Availability Zones; a domain has one data node and no zone awareness unless configured otherwise.',
  customerSide:
    "Availability of the search cluster is the customer's sizing decision: at least three data nodes with zone awareness keep the cluster operating when a node or a zone fails.",
  severity: 'warning',
  remediation: {
    l2: 'new opensearch.Domain(this, id, { version, capacity: { dataNodes: 3 }, zoneAwareness: { enabled: true, availabilityZoneCount: 3 } })',
    l1: 'ClusterConfig (ElasticsearchClusterConfig on AWS::Elasticsearch::Domain): { InstanceCount: 3 (or more), ZoneAwarenessEnabled: true }',
  },
  controls: { fsbp: ['Opensearch.6', 'ES.6'], nist: [...NIST.highAvailability] },
  sources: [
    CFN_ES_DOMAIN,
    `${ES_CONTROLS}#es-6`,
    `${OPENSEARCH_CONTROLS}#opensearch-6`,
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-clusterconfig.html',
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-multiaz.html',
  ],
  messages: {
    fewNodes: '{config}.InstanceCount is {count}, fewer than three data nodes.',
    noZones: '{config}.ZoneAwarenessEnabled is {value}, so nodes are not spread across Availability Zones.',
  },
  evaluate(ctx) {
    const key = clusterConfigKey(ctx.resource.type);
    const config = ctx.props.at(key);
    const count = config.at('InstanceCount').num();
    if (count === undefined || count < 3) return unconfigured('fewNodes', { config: key, count: count ?? 'not set (default 1)' });
    const zones = config.at('ZoneAwarenessEnabled').bool();
    if (zones !== true) return unconfigured('noZones', { config: key, value: zones === false ? 'false' : 'not set' });
    return configured(`${count} data nodes with zone awareness`);
  },
});
