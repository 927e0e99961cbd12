import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_ES_DOMAIN, clusterConfigKey, DOMAIN_TYPES, ES_CONTROLS } from './helpers';

export default defineDuty({
  id: 'opensearch-domain-dedicated-master-nodes',
  title: 'OpenSearch domain has at least three dedicated master nodes',
  category: 'resilience',
  resourceTypes: DOMAIN_TYPES,
  awsSide:
    'OpenSearch Service runs cluster management on dedicated master (primary) nodes when DedicatedMasterEnabled is true; without them the data nodes also manage the cluster, and fewer than three masters cannot keep a quorum when one fails.',
  customerSide:
    "Stability of the cluster under node failures and blue/green updates is the customer's sizing decision: three dedicated master nodes keep cluster state available.",
  severity: 'warning',
  remediation: {
    l2: "new opensearch.Domain(this, id, { version, capacity: { masterNodes: 3, masterNodeInstanceType: 'm6g.large.search' } })",
    l1: 'ClusterConfig (ElasticsearchClusterConfig on AWS::Elasticsearch::Domain): { DedicatedMasterEnabled: true, DedicatedMasterCount: 3, DedicatedMasterType }',
  },
  controls: { fsbp: ['ES.7'], nist: [...NIST.highAvailability] },
  sources: [
    CFN_ES_DOMAIN,
    `${ES_CONTROLS}#es-7`,
    'https://docs.aws.amazon.com/config/latest/developerguide/opensearch-primary-node-fault-tolerance.html',
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-clusterconfig.html',
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-dedicatedmasternodes.html',
  ],
  messages: {
    disabled: '{config}.DedicatedMasterEnabled is {value}, so the domain has no dedicated master nodes.',
    few: '{config}.DedicatedMasterCount is {count}, fewer than three dedicated master nodes.',
  },
  evaluate(ctx) {
    const key = clusterConfigKey(ctx.resource.type);
    const config = ctx.props.at(key);
    const enabled = config.at('DedicatedMasterEnabled').bool();
    if (enabled !== true) return unconfigured('disabled', { config: key, value: enabled === false ? 'false' : 'not set' });
    const count = config.at('DedicatedMasterCount').num();
    if (count === undefined)
      return unknown(
        'DedicatedMasterEnabled is true but DedicatedMasterCount is not set, and the CloudFormation reference documents no default count',
      );
    if (count < 3) return unconfigured('few', { config: key, count });
    return configured(`${count} dedicated master nodes`);
  },
});
