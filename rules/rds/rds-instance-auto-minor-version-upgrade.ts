import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CFN_INSTANCE, NIST, RDS_CONTROLS } from './helpers';

export default defineDuty({
  id: 'rds-instance-auto-minor-version-upgrade',
  title: 'RDS DB instance applies minor engine upgrades automatically',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::RDS::DBInstance'],
  awsSide:
    'AWS patches the host operating system and publishes minor engine versions with security fixes; RDS applies them in the maintenance window when AutoMinorVersionUpgrade is on, which is the default.',
  customerSide:
    'Keeping the database engine patched is shared: AWS ships the fixes, but the customer decides whether they are applied, so automatic minor version upgrades must stay on.',
  severity: 'warning',
  remediation: {
    l2: 'new rds.DatabaseInstance(this, id, { engine, vpc, autoMinorVersionUpgrade: true })',
    l1: 'AutoMinorVersionUpgrade: true (or leave it unset)',
  },
  controls: { fsbp: ['RDS.13'], nist: [...NIST.patching] },
  sources: [
    `${RDS_CONTROLS}#rds-13`,
    `${CFN_INSTANCE}#cfn-rds-dbinstance-autominorversionupgrade`,
    'https://docs.aws.amazon.com/config/latest/developerguide/rds-automatic-minor-version-upgrade-enabled.html',
  ],
  messages: {
    disabled: 'AutoMinorVersionUpgrade is false, so RDS does not apply new minor engine versions (which carry security fixes).',
  },
  evaluate(ctx) {
    const value = ctx.props.at('AutoMinorVersionUpgrade').bool();
    if (value === false) return unconfigured('disabled');
    return configured(value === true ? 'AutoMinorVersionUpgrade is true' : 'AutoMinorVersionUpgrade is not set (RDS default: on)');
  },
});
