import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_NEPTUNE_CLUSTER, NEPTUNE_CONTROLS } from './helpers';

export default defineDuty({
  id: 'neptune-cluster-copy-tags-to-snapshot',
  title: 'Neptune DB cluster copies its tags to snapshots',
  category: 'configuration-and-vulnerability',
  resourceTypes: ['AWS::Neptune::DBCluster'],
  awsSide: "Neptune copies the cluster's tags to its snapshots only when CopyTagsToSnapshot is true.",
  customerSide:
    "Inventory and data classification of backups is the customer's: snapshots without the owner and classification tags of their cluster escape tag-based access control and governance.",
  severity: 'info',
  remediation: { l1: 'CopyTagsToSnapshot: true' },
  controls: { fsbp: ['Neptune.8'], nist: [...NIST.inventory] },
  sources: [`${NEPTUNE_CONTROLS}#neptune-8`, `${CFN_NEPTUNE_CLUSTER}#cfn-neptune-dbcluster-copytagstosnapshot`],
  messages: {
    notSet: 'CopyTagsToSnapshot is not set, so Neptune does not copy the cluster tags to its snapshots.',
    disabled: 'CopyTagsToSnapshot is false.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('CopyTagsToSnapshot').bool();
    if (value === true) return configured('CopyTagsToSnapshot is true');
    return unconfigured(value === false ? 'disabled' : 'notSet');
  },
});
