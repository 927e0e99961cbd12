import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_REDSHIFT_CLUSTER, REDSHIFT_CONTROLS } from './helpers';

export default defineDuty({
  id: 'redshift-cluster-require-ssl',
  title: 'Redshift cluster requires SSL for client connections',
  category: 'data-protection',
  resourceTypes: ['AWS::Redshift::Cluster'],
  awsSide:
    'Amazon Redshift accepts TLS connections on every cluster and rejects unencrypted ones only when the cluster parameter group sets require_ssl to true.',
  customerSide:
    "Protecting queries, results and credentials in transit is the customer's: the parameter group must require SSL, or clients can connect in plaintext.",
  severity: 'error',
  remediation: {
    l1: 'ClusterParameterGroupName: an AWS::Redshift::ClusterParameterGroup with Parameters [{ParameterName: require_ssl, ParameterValue: "true"}]',
  },
  controls: { fsbp: ['Redshift.2'], nist: [...NIST.transit] },
  sources: [
    `${REDSHIFT_CONTROLS}#redshift-2`,
    `${CFN_REDSHIFT_CLUSTER}#cfn-redshift-cluster-clusterparametergroupname`,
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-clusterparametergroup.html',
    'https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html',
  ],
  messages: {
    off: 'The cluster parameter group {group} sets require_ssl to "{value}", so unencrypted connections are accepted.',
  },
  evaluate(ctx) {
    const name = ctx.props.at('ClusterParameterGroupName');
    if (!name.isSet())
      return unknown(
        'no cluster parameter group is named, and the CloudFormation reference does not document require_ssl of the default parameter group',
      );
    const group = ctx.target(name);
    if (group === undefined || group.type !== 'AWS::Redshift::ClusterParameterGroup') {
      return unknown(`the cluster parameter group '${name.str()}' is not defined in this app, so its require_ssl cannot be read`);
    }
    for (const p of ctx.propsOf(group).at('Parameters').list() ?? []) {
      if (p.at('ParameterName').str()?.toLowerCase() !== 'require_ssl') continue;
      const value = p.at('ParameterValue').str() ?? '';
      if (value.toLowerCase() === 'true') return configured(`the cluster parameter group ${group.logicalId} sets require_ssl=true`);
      return unconfigured('off', { group: group.logicalId, value });
    }
    return unknown(
      `the cluster parameter group ${group.logicalId} does not set require_ssl, and the CloudFormation reference does not document its default`,
    );
  },
});
