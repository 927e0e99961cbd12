import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CFN_CLUSTER, RDS_CONTROLS } from './helpers';

export default defineDuty({
  id: 'rds-cluster-deletion-protection',
  title: 'RDS DB cluster has deletion protection enabled',
  category: 'resilience',
  resourceTypes: ['AWS::RDS::DBCluster'],
  awsSide:
    'RDS refuses to delete a DB cluster while its deletion protection is on; deletion protection is off unless DeletionProtection is true.',
  customerSide:
    "Protecting the cluster from accidental or unauthorized deletion (including by a stack update or teardown) is the customer's: only the customer knows which databases must never be dropped.",
  severity: 'warning',
  remediation: {
    l2: 'new rds.DatabaseCluster(this, id, { engine, vpc, writer, deletionProtection: true }) (CDK also sets it when removalPolicy is RETAIN)',
    l1: 'DeletionProtection: true',
  },
  controls: { fsbp: ['RDS.7'], nist: ['CM-3', 'SC-5(2)'] },
  sources: [`${RDS_CONTROLS}#rds-7`, `${CFN_CLUSTER}#cfn-rds-dbcluster-deletionprotection`],
  messages: {
    notSet: 'DeletionProtection is not set, and RDS leaves deletion protection off by default.',
    disabled: 'DeletionProtection is false.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('DeletionProtection').bool();
    if (value === true) return configured('DeletionProtection is true');
    return unconfigured(value === false ? 'disabled' : 'notSet');
  },
});
