import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured, unknown } from '../../lib/model/verdict';
import { CFN_CLUSTER, NIST, RDS_CONTROLS, clusterInheritedFrom, engineOf, isAurora } from './helpers';

export default defineDuty({
  id: 'rds-cluster-storage-encrypted',
  title: 'RDS DB cluster storage is encrypted at rest',
  category: 'data-protection',
  resourceTypes: ['AWS::RDS::DBCluster'],
  awsSide:
    'Aurora encrypts every new DB cluster at rest (volume, logs, backups, snapshots) since February 18, 2026, with an AWS owned key unless the customer names a KMS key, and Aurora Serverless v1 volumes always are encrypted. Multi-AZ DB clusters (RDS for MySQL and PostgreSQL) encrypt only when StorageEncrypted is true at creation; encryption cannot be turned on for an existing cluster.',
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
    'https://aws.amazon.com/blogs/database/use-default-encryption-at-rest-for-new-amazon-aurora-clusters',
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless.html',
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/multi-az-db-clusters-concepts.html',
  ],
  messages: {
    notSet:
      'StorageEncrypted is not set, so the Multi-AZ DB cluster is created unencrypted (only Aurora encrypts new clusters by default).',
    disabled: 'StorageEncrypted is false, so the cluster volume, backups and snapshots are not encrypted.',
  },
  evaluate(ctx) {
    const encrypted = ctx.props.at('StorageEncrypted').bool();
    if (encrypted === true) return configured('StorageEncrypted is true');
    if (ctx.props.at('EngineMode').str() === 'serverless')
      return configured('Aurora Serverless v1 cluster volumes are always encrypted at rest');
    const source = clusterInheritedFrom(ctx.props);
    if (source && encrypted === undefined)
      return unknown(`the cluster is created from ${source}, so its encryption is inherited from a source that cannot be checked at synth`);
    // Which key protects an Aurora cluster (AWS owned or the customer's own) is the key duties' question, not this one.
    if (!source && isAurora(engineOf(ctx.props)))
      return configured(
        `Aurora encrypts new DB clusters at rest by default since February 18, 2026 (with an AWS owned key unless KmsKeyId names one)${encrypted === false ? '; StorageEncrypted: false no longer creates an unencrypted cluster' : ''}`,
      );
    return unconfigured(encrypted === false ? 'disabled' : 'notSet');
  },
});
