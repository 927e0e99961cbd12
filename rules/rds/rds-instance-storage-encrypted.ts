import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured, unknown } from '../../lib/model/verdict';
import { CFN_INSTANCE, NIST, RDS_CONTROLS, clusterOf, inheritedFrom } from './helpers';

export default defineDuty({
  id: 'rds-instance-storage-encrypted',
  title: 'RDS DB instance storage is encrypted at rest',
  category: 'data-protection',
  resourceTypes: ['AWS::RDS::DBInstance'],
  awsSide:
    'RDS encrypts the instance storage, its automated backups, read replicas and snapshots with AES-256 through AWS KMS when encryption is chosen at creation; a new DB instance is not encrypted by default and encryption cannot be turned on later.',
  customerSide:
    "Choosing encryption at rest, and the KMS key, is the customer's decision at creation time; an unencrypted instance can only be fixed by restoring an encrypted copy of a snapshot.",
  severity: 'error',
  remediation: {
    l2: 'new rds.DatabaseInstance(this, id, { engine, vpc, storageEncrypted: true, storageEncryptionKey: key })',
    l1: 'StorageEncrypted: true (optionally KmsKeyId)',
  },
  controls: { fsbp: ['RDS.3'], nist: [...NIST.encryptionAtRest] },
  sources: [
    `${RDS_CONTROLS}#rds-3`,
    `${CFN_INSTANCE}#cfn-rds-dbinstance-storageencrypted`,
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
  ],
  messages: {
    notSet: 'StorageEncrypted is not set, and RDS does not encrypt a new DB instance by default.',
    disabled: 'StorageEncrypted is false, so the DB instance storage, backups and snapshots are not encrypted.',
  },
  evaluate(ctx) {
    if (clusterOf(ctx).member)
      return notApplicable('encryption of an Aurora DB instance is set on its DB cluster (see rds-cluster-storage-encrypted)');
    const encrypted = ctx.props.at('StorageEncrypted').bool();
    if (encrypted === true) return configured('StorageEncrypted is true');
    const source = inheritedFrom(ctx.props);
    if (source && encrypted === undefined)
      return unknown(
        `the instance is created from ${source}, so its encryption is inherited from a source that cannot be checked at synth`,
      );
    return encrypted === false ? unconfigured('disabled') : unconfigured('notSet');
  },
});
