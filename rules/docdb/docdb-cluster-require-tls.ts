import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_DOCDB_CLUSTER } from './helpers';

export default defineDuty({
  id: 'docdb-cluster-require-tls',
  title: 'DocumentDB cluster requires TLS for client connections',
  category: 'data-protection',
  resourceTypes: ['AWS::DocDB::DBCluster'],
  awsSide:
    'Amazon DocumentDB enables encryption in transit for new clusters by default: the tls parameter of the default cluster parameter group is "enabled", which requires TLS; a custom cluster parameter group can set it to "disabled".',
  customerSide:
    "Keeping data in transit encrypted is the customer's: a custom cluster parameter group must not turn TLS off, or clients can connect and send credentials in plaintext.",
  severity: 'error',
  remediation: {
    l2: "new docdb.ClusterParameterGroup(this, id, { family, parameters: { tls: 'enabled' } }) (or tls1.2+ / tls1.3+)",
    l1: 'DBClusterParameterGroupName: a group whose Parameters.tls is enabled, tls1.2+, tls1.3+ or fips-140-3 (or leave the default group)',
  },
  controls: { fsbp: [], nist: [...NIST.tls] },
  sources: [
    'https://docs.aws.amazon.com/documentdb/latest/developerguide/security.encryption.ssl.html',
    `${CFN_DOCDB_CLUSTER}#cfn-docdb-dbcluster-dbclusterparametergroupname`,
    'https://docs.aws.amazon.com/config/latest/developerguide/docdb-cluster-encrypted-in-transit.html',
  ],
  messages: {
    disabled: 'The cluster parameter group {group} sets tls to "disabled", so clients can connect without TLS.',
  },
  evaluate(ctx) {
    const name = ctx.props.at('DBClusterParameterGroupName');
    if (!name.isSet()) return configured('no cluster parameter group is named; the default group requires TLS (tls=enabled)');
    const group = ctx.target(name);
    if (group === undefined || group.type !== 'AWS::DocDB::DBClusterParameterGroup') {
      const literal = name.str()!;
      if (literal.startsWith('default.')) return configured(`the default cluster parameter group ${literal} requires TLS (tls=enabled)`);
      return unknown(`the cluster parameter group '${literal}' is not defined in this app, so its tls parameter cannot be read`);
    }
    const tls = ctx.propsOf(group).at('Parameters.tls').str();
    if (tls === undefined) return configured(`the cluster parameter group ${group.logicalId} leaves tls at its default (enabled)`);
    if (tls.toLowerCase() === 'disabled') return unconfigured('disabled', { group: group.logicalId });
    return configured(`the cluster parameter group ${group.logicalId} sets tls=${tls}`);
  },
});
