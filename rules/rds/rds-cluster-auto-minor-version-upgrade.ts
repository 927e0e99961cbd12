import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CFN_CLUSTER, NIST, RDS_CONTROLS } from './helpers';

export default defineDuty({
  id: 'rds-cluster-auto-minor-version-upgrade',
  title: 'RDS DB cluster applies minor engine upgrades automatically',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::RDS::DBCluster'],
  awsSide:
    'AWS publishes minor engine versions with security fixes and applies them in the maintenance window when automatic minor version upgrade is on, which is the default for Aurora and Multi-AZ DB clusters (for Aurora, the cluster and each of its instances must allow it).',
  customerSide:
    'Keeping the engine patched is shared: AWS ships the fixes, but the customer decides whether they are applied, so automatic minor version upgrades must stay on.',
  severity: 'warning',
  remediation: {
    l2: 'new rds.DatabaseCluster(this, id, { engine, vpc, writer, autoMinorVersionUpgrade: true })',
    l1: 'AutoMinorVersionUpgrade: true (or leave it unset)',
  },
  controls: { fsbp: ['RDS.35'], nist: [...NIST.patching] },
  sources: [
    `${RDS_CONTROLS}#rds-35`,
    `${CFN_CLUSTER}#cfn-rds-dbcluster-autominorversionupgrade`,
    'https://docs.aws.amazon.com/config/latest/developerguide/rds-cluster-auto-minor-version-upgrade-enable.html',
  ],
  messages: {
    disabled: 'AutoMinorVersionUpgrade is false, so minor engine versions (which carry security fixes) are not applied automatically.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('AutoMinorVersionUpgrade').bool();
    if (value === false) return unconfigured('disabled');
    return configured(value === true ? 'AutoMinorVersionUpgrade is true' : 'AutoMinorVersionUpgrade is not set (RDS default: on)');
  },
});
