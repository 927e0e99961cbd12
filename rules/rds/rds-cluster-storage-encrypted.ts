import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';
import { CFN_CLUSTER, NIST, RDS_CONTROLS, clusterInheritedFrom } from './helpers';

export default defineDuty({
  id: 'rds-cluster-storage-encrypted',
  title: 'RDS DB cluster storage is encrypted at rest',
  category: 'data-protection',
  resourceTypes: ['AWS::RDS::DBCluster'],
  awsSide:
    'Aurora and Multi-AZ DB clusters encrypt the cluster volume, backups and snapshots with AWS KMS when StorageEncrypted is true at creation; encryption cannot be turned on for an existing cluster, and the CDK DatabaseCluster sets it only when storageEncrypted or storageEncryptionKey is given.',
  customerSide:
    "Choosing encryption at rest and its KMS key is the customer's decision at creation time; an unencrypted cluster can only be fixed by restoring an encrypted copy.",
  severity: 'error',
  remediation: {
    l2: 'new rds.DatabaseCluster(this, id, { engine, vpc, writer, storageEncrypted: true, storageEncryptionKey: key })',
    l1: 'StorageEncrypted: true (optionally KmsKeyId)',
  },
  controls: { fsbp: ['RDS.27'], nist: [...NIST.encryptionAtRest] },
  sources: [
    `${RDS_CONTROLS}#rds-27`,
    `${CFN_CLUSTER}#cfn-rds-dbcluster-storageencrypted`,
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html',
  ],
  messages: {
    notSet: 'StorageEncrypted is not set, so the DB cluster is created unencrypted.',
    disabled: 'StorageEncrypted is false, so the cluster volume, backups and snapshots are not encrypted.',
  },
  evaluate(ctx) {
    const encrypted = ctx.props.at('StorageEncrypted').bool();
    if (encrypted === true) return configured('StorageEncrypted is true');
    const source = clusterInheritedFrom(ctx.props);
    if (source && encrypted === undefined)
      return unknown(`the cluster is created from ${source}, so its encryption is inherited from a source that cannot be checked at synth`);
    return unconfigured(encrypted === false ? 'disabled' : 'notSet');
  },
});
