import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CFN_NEPTUNE_CLUSTER, NEPTUNE_CONTROLS } from './helpers';

export default defineDuty({
  id: 'neptune-cluster-deletion-protection',
  title: 'Neptune DB cluster has deletion protection enabled',
  category: 'resilience',
  resourceTypes: ['AWS::Neptune::DBCluster'],
  awsSide:
    'Neptune refuses to delete a DB cluster while deletion protection is on; the Neptune CreateDBCluster API enables deletion protection by default.',
  customerSide:
    "Protecting the cluster from accidental or unauthorized deletion (including by a stack update or teardown) is the customer's: deletion protection must not be turned off for clusters that must survive.",
  severity: 'warning',
  remediation: { l1: 'DeletionProtection: true (or leave it unset)' },
  controls: { fsbp: ['Neptune.4'], nist: ['CM-3', 'SC-5(2)'] },
  sources: [
    `${NEPTUNE_CONTROLS}#neptune-4`,
    `${CFN_NEPTUNE_CLUSTER}#cfn-neptune-dbcluster-deletionprotection`,
    'https://docs.aws.amazon.com/neptune/latest/apiref/API_CreateDBCluster.html',
  ],
  messages: {
    disabled: 'DeletionProtection is false, so the cluster can be deleted without first turning protection on and off.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('DeletionProtection').bool();
    if (value === false) return unconfigured('disabled');
    return configured(value === true ? 'DeletionProtection is true' : 'DeletionProtection is not set (Neptune default: enabled)');
  },
});
