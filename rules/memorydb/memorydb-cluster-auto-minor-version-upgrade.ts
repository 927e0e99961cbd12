import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_MEMORYDB_CLUSTER } from './helpers';

export default defineDuty({
  id: 'memorydb-cluster-auto-minor-version-upgrade',
  title: 'MemoryDB cluster receives minor engine upgrades automatically',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::MemoryDB::Cluster'],
  awsSide:
    'AWS patches the MemoryDB nodes and publishes minor engine versions with security fixes; with AutoMinorVersionUpgrade true the cluster receives them automatically after launch.',
  customerSide:
    'Keeping the engine patched is shared: AWS ships the fixes, but the customer must not opt out of automatic minor version upgrades.',
  severity: 'warning',
  remediation: { l1: 'AutoMinorVersionUpgrade: true (or leave it unset; only an explicit false is flagged)' },
  controls: { fsbp: [], nist: [...NIST.patching] },
  sources: [
    `${CFN_MEMORYDB_CLUSTER}#cfn-memorydb-cluster-autominorversionupgrade`,
    'https://docs.aws.amazon.com/memorydb/latest/devguide/engine-versions.html',
  ],
  messages: {
    disabled: 'AutoMinorVersionUpgrade is false, so minor engine versions are not applied automatically.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('AutoMinorVersionUpgrade').bool();
    if (value === false) return unconfigured('disabled');
    return configured(value === true ? 'AutoMinorVersionUpgrade is true' : 'AutoMinorVersionUpgrade is not set (not opted out)');
  },
});
