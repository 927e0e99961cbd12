import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { CFN_DOCDB_CLUSTER, DOCDB_CONTROLS } from './helpers';

export default defineDuty({
  id: 'docdb-cluster-deletion-protection',
  title: 'DocumentDB cluster has deletion protection enabled',
  category: 'resilience',
  resourceTypes: ['AWS::DocDB::DBCluster'],
  awsSide:
    'Amazon DocumentDB refuses to delete a cluster while deletion protection is on; it is off unless DeletionProtection is true (the CDK L2 defaults it to false).',
  customerSide:
    "Protecting the cluster from accidental or unauthorized deletion (including by a stack update or teardown) is the customer's: only the customer knows which databases must never be dropped.",
  severity: 'warning',
  remediation: {
    l2: 'new docdb.DatabaseCluster(this, id, { masterUser, instanceType, vpc, deletionProtection: true })',
    l1: 'DeletionProtection: true',
  },
  controls: { fsbp: ['DocumentDB.5'], nist: ['CM-3', 'SC-5(2)'] },
  sources: [
    `${DOCDB_CONTROLS}#documentdb-5`,
    `${CFN_DOCDB_CLUSTER}#cfn-docdb-dbcluster-deletionprotection`,
    'https://docs.aws.amazon.com/documentdb/latest/developerguide/db-cluster-delete.html',
  ],
  messages: {
    notSet: 'DeletionProtection is not set, so the cluster can be deleted without first turning protection off.',
    disabled: 'DeletionProtection is false.',
  },
  evaluate(ctx) {
    const value = ctx.props.at('DeletionProtection').bool();
    if (value === true) return configured('DeletionProtection is true');
    return unconfigured(value === false ? 'disabled' : 'notSet');
  },
});
