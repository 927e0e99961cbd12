import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';
import { NIST } from '../rds/helpers';
import { CFN_NEPTUNE_CLUSTER, NEPTUNE_CONTROLS } from './helpers';

export default defineDuty({
  id: 'neptune-cluster-storage-encrypted',
  title: 'Neptune DB cluster storage is encrypted at rest',
  category: 'data-protection',
  resourceTypes: ['AWS::Neptune::DBCluster'],
  awsSide:
    'Neptune encrypts the cluster volume, automated backups, snapshots and replicas with AWS KMS when StorageEncrypted is true at creation (with the default key unless KmsKeyId is given); encryption cannot be added to an existing cluster.',
  customerSide:
    "Choosing encryption at rest and its KMS key is the customer's decision at creation time; an unencrypted cluster can only be fixed by restoring an encrypted copy.",
  severity: 'error',
  remediation: { l1: 'StorageEncrypted: true (optionally KmsKeyId)' },
  controls: { fsbp: ['Neptune.1'], nist: [...NIST.encryptionAtRest] },
  sources: [
    `${NEPTUNE_CONTROLS}#neptune-1`,
    `${CFN_NEPTUNE_CLUSTER}#cfn-neptune-dbcluster-storageencrypted`,
    'https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html',
  ],
  messages: {
    notSet: 'StorageEncrypted is not set, so the Neptune cluster is created unencrypted.',
    disabled: 'StorageEncrypted is false, so the cluster volume, backups and snapshots are not encrypted.',
  },
  evaluate(ctx) {
    const encrypted = ctx.props.at('StorageEncrypted').bool();
    if (encrypted === true) return configured('StorageEncrypted is true');
    for (const source of ['SnapshotIdentifier', 'SourceDBClusterIdentifier']) {
      if (ctx.props.at(source).isSet())
        return unknown(
          `the cluster is restored through ${source}, so its encryption is inherited from a source that cannot be checked at synth`,
        );
    }
    return unconfigured(encrypted === false ? 'disabled' : 'notSet');
  },
});
