import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { CFN_INSTANCE, NIST, RDS_CONTROLS, clusterOf } from './helpers';

export default defineDuty({
  id: 'rds-instance-copy-tags-to-snapshot',
  title: 'RDS DB instance copies its tags to snapshots',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::RDS::DBInstance'],
  awsSide: "RDS copies the instance's tags to its snapshots only when CopyTagsToSnapshot is true; by default tags are not copied.",
  customerSide:
    "Inventory and data classification of backups is the customer's: snapshots without the owner, classification and cost tags of their instance escape tag-based access control and governance.",
  severity: 'info',
  remediation: {
    l2: 'new rds.DatabaseInstance(this, id, { engine, vpc, copyTagsToSnapshot: true }) (the CDK default)',
    l1: 'CopyTagsToSnapshot: true',
  },
  controls: { fsbp: ['RDS.17'], nist: [...NIST.inventory] },
  sources: [`${RDS_CONTROLS}#rds-17`, `${CFN_INSTANCE}#cfn-rds-dbinstance-copytagstosnapshot`],
  messages: {
    notSet: 'CopyTagsToSnapshot is not set, so RDS does not copy the instance tags to its snapshots.',
    disabled: 'CopyTagsToSnapshot is false.',
  },
  evaluate(ctx) {
    if (clusterOf(ctx).member)
      return notApplicable('copying tags to snapshots of Aurora is set on the DB cluster (see rds-cluster-copy-tags-to-snapshot)');
    const value = ctx.props.at('CopyTagsToSnapshot').bool();
    if (value === true) return configured('CopyTagsToSnapshot is true');
    return unconfigured(value === false ? 'disabled' : 'notSet');
  },
});
