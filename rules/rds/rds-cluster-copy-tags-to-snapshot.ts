import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CFN_CLUSTER, NIST, RDS_CONTROLS } from './helpers';

export default defineDuty({
  id: 'rds-cluster-copy-tags-to-snapshot',
  title: 'RDS DB cluster copies its tags to snapshots',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::RDS::DBCluster'],
  awsSide: "RDS copies the cluster's tags to its snapshots only when CopyTagsToSnapshot is true; by default tags are not copied.",
  customerSide:
    "Inventory and data classification of backups is the customer's: snapshots without the owner, classification and cost tags of their cluster escape tag-based access control and governance.",
  severity: 'info',
  remediation: {
    l2: 'new rds.DatabaseCluster(this, id, { engine, vpc, writer, copyTagsToSnapshot: true }) (the CDK default)',
    l1: 'CopyTagsToSnapshot: true',
  },
  controls: { fsbp: ['RDS.16'], nist: [...NIST.inventory] },
  sources: [`${RDS_CONTROLS}#rds-16`, `${CFN_CLUSTER}#cfn-rds-dbcluster-copytagstosnapshot`],
  messages: {
    notSet: 'CopyTagsToSnapshot is not set, so RDS does not copy the cluster tags to its snapshots.',
    disabled: 'CopyTagsToSnapshot is false.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('CopyTagsToSnapshot').bool();
    if (value === true) return configured('CopyTagsToSnapshot is true');
    return unconfigured(value === false ? 'disabled' : 'notSet');
  },
});
