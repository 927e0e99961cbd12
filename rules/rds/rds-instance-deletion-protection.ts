import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { CFN_INSTANCE, NIST, RDS_CONTROLS, clusterOf } from './helpers';

export default defineDuty({
  id: 'rds-instance-deletion-protection',
  title: 'RDS DB instance has deletion protection enabled',
  category: 'resilience',
  resourceTypes: ['AWS::RDS::DBInstance'],
  awsSide:
    'RDS refuses to delete a DB instance while its deletion protection is on; deletion protection is off unless DeletionProtection is true.',
  customerSide:
    "Protecting the database from accidental or unauthorized deletion (including by a stack update or teardown) is the customer's: only the customer knows which databases must never be dropped.",
  severity: 'warning',
  remediation: {
    l2: 'new rds.DatabaseInstance(this, id, { engine, vpc, deletionProtection: true }) (CDK also sets it when removalPolicy is RETAIN)',
    l1: 'DeletionProtection: true',
  },
  controls: { fsbp: ['RDS.8'], nist: [...NIST.deletionProtection] },
  sources: [`${RDS_CONTROLS}#rds-8`, `${CFN_INSTANCE}#cfn-rds-dbinstance-deletionprotection`],
  messages: {
    notSet: 'DeletionProtection is not set, and RDS leaves deletion protection off by default.',
    disabled: 'DeletionProtection is false.',
  },
  evaluate(ctx) {
    if (clusterOf(ctx).member)
      return notApplicable('deletion protection of Aurora is set on the DB cluster (see rds-cluster-deletion-protection)');
    const value = ctx.props.at('DeletionProtection').bool();
    if (value === true) return configured('DeletionProtection is true');
    return unconfigured(value === false ? 'disabled' : 'notSet');
  },
});
