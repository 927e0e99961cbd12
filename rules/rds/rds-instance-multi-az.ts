import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { CFN_INSTANCE, NIST, RDS_CONTROLS, clusterOf } from './helpers';

export default defineDuty({
  id: 'rds-instance-multi-az',
  title: 'RDS DB instance is a Multi-AZ deployment',
  category: 'resilience',
  resourceTypes: ['AWS::RDS::DBInstance'],
  awsSide:
    'In a Multi-AZ deployment RDS keeps a synchronous standby in another Availability Zone and fails over to it automatically; a DB instance is Single-AZ unless MultiAZ is true.',
  customerSide:
    "Availability of the database is the customer's design decision: only a Multi-AZ deployment survives the loss of an Availability Zone and most maintenance without an outage.",
  severity: 'warning',
  remediation: {
    l2: 'new rds.DatabaseInstance(this, id, { engine, vpc, multiAz: true })',
    l1: 'MultiAZ: true',
  },
  controls: { fsbp: ['RDS.5'], nist: [...NIST.highAvailability] },
  sources: [
    `${RDS_CONTROLS}#rds-5`,
    `${CFN_INSTANCE}#cfn-rds-dbinstance-multiaz`,
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html',
  ],
  messages: {
    notSet: 'MultiAZ is not set, so the DB instance runs in a single Availability Zone.',
    disabled: 'MultiAZ is false, so the DB instance runs in a single Availability Zone.',
  },
  evaluate(ctx) {
    if (clusterOf(ctx).member)
      return notApplicable('Aurora DB instances are placed in Availability Zones by their DB cluster (see rds-cluster-multi-az)');
    const value = ctx.props.at('MultiAZ').bool();
    if (value === true) return configured('MultiAZ is true');
    return unconfigured(value === false ? 'disabled' : 'notSet');
  },
});
