import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CFN_REDSHIFT_CLUSTER, REDSHIFT_CONTROLS } from './helpers';

export default defineDuty({
  id: 'redshift-cluster-allow-version-upgrade',
  title: 'Redshift cluster allows automatic major version upgrades',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::Redshift::Cluster'],
  awsSide:
    'AWS releases new Redshift engine versions with security fixes and applies major versions in the maintenance window when AllowVersionUpgrade is true, which is the default.',
  customerSide: 'Keeping the warehouse engine current is shared: AWS ships the upgrades, but the customer must not block them.',
  severity: 'warning',
  remediation: { l1: 'AllowVersionUpgrade: true (or leave it unset)' },
  controls: { fsbp: ['Redshift.6'], nist: ['CA-9(1)', 'CM-2', 'CP-9', 'SC-5(2)', 'SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'] },
  sources: [`${REDSHIFT_CONTROLS}#redshift-6`, `${CFN_REDSHIFT_CLUSTER}#cfn-redshift-cluster-allowversionupgrade`],
  messages: {
    disabled: 'AllowVersionUpgrade is false, so major engine versions are not applied in the maintenance window.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('AllowVersionUpgrade').bool();
    if (value === false) return unconfigured('disabled');
    return configured(value === true ? 'AllowVersionUpgrade is true' : 'AllowVersionUpgrade is not set (default true)');
  },
});
