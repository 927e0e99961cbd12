import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_DOCDB_CLUSTER, DOCDB_CONTROLS } from './helpers';

export default defineDuty({
  id: 'docdb-cluster-storage-encrypted',
  title: 'DocumentDB cluster storage is encrypted at rest',
  category: 'data-protection',
  resourceTypes: ['AWS::DocDB::DBCluster'],
  awsSide:
    'Amazon DocumentDB encrypts the cluster storage, backups, snapshots and replicas with AWS KMS when encryption is chosen at creation; it cannot be turned on later. The CDK DatabaseCluster sets StorageEncrypted true by default.',
  customerSide:
    "Choosing encryption at rest and its KMS key is the customer's decision at creation time; an unencrypted cluster can only be fixed by migrating the data to a new encrypted cluster.",
  severity: 'error',
  remediation: {
    l2: 'new docdb.DatabaseCluster(this, id, { masterUser, instanceType, vpc, storageEncrypted: true }) (the CDK default)',
    l1: 'StorageEncrypted: true (optionally KmsKeyId)',
  },
  controls: { fsbp: ['DocumentDB.1'], nist: [...NIST.encryptionAtRest] },
  sources: [
    `${DOCDB_CONTROLS}#documentdb-1`,
    `${CFN_DOCDB_CLUSTER}#cfn-docdb-dbcluster-storageencrypted`,
    'https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html',
  ],
  messages: {
    notSet: 'StorageEncrypted is not set, so the DocumentDB cluster is created unencrypted.',
    disabled: 'StorageEncrypted is false, so the cluster storage, backups and snapshots are not encrypted.',
  },
  evaluate(ctx) {
    const encrypted = ctx.props.at('StorageEncrypted').bool();
    if (encrypted === true) return configured('StorageEncrypted is true');
    if (encrypted === undefined) {
      for (const source of ['SnapshotIdentifier', 'SourceDBClusterIdentifier']) {
        if (ctx.props.at(source).isSet())
          return unknown(
            `the cluster is restored through ${source}, so its encryption is inherited from a source that cannot be checked at synth`,
          );
      }
    }
    return unconfigured(encrypted === false ? 'disabled' : 'notSet');
  },
});
